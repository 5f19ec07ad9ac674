package com.example.lombok;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run by the integration test on the built classes: the run-time export reads the private fields
 * of a Lombok {@code @Data} class, whichever order Lombok and datasafety ran in.
 */
public final class ExportCheck {
  private ExportCheck() {}

  public static void main(String[] args) {
    Customer customer = new Customer();
    customer.setPostalAddress("1 Main Street");
    customer.setPhone("+41 79 000 00 00");
    customer.setParcels(3);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("postalAddress", "1 Main Street");
    expected.put("phone", "+41 79 000 00 00");
    Map<String, Object> exported = DataSafetyInventory.export(customer);
    if (!expected.equals(exported) || !exported.keySet().toString().equals(expected.keySet().toString())) {
      throw new AssertionError("export of Customer: expected " + expected + " but was " + exported);
    }
    System.out.println("export ok: " + exported);
  }
}
