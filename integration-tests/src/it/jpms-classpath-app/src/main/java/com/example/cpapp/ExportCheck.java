package com.example.cpapp;

import com.example.lib.Member;
import java.util.Map;

/**
 * Run on the class path by the integration test: exports of the named-module library's object
 * (its private field, read through the library's generated class) and of the app's own record
 * holding it, then the inventory document, which holds the library's data.
 */
public final class ExportCheck {
  private ExportCheck() {}

  public static void main(String[] args) {
    if (ExportCheck.class.getModule().isNamed() || Member.class.getModule().isNamed()) {
      throw new AssertionError("not run on the class path");
    }
    Member member = new Member("M-18");
    Map<String, Object> expected = Map.of("court", "Court 4", "member", Map.of("number", "M-18"));
    Map<String, Object> exported = DataSafetyInventory.export(new Booking("Court 4", member));
    if (!expected.equals(exported)) {
      throw new AssertionError("expected " + expected + " but was " + exported);
    }
    System.out.println("export ok");
    System.out.print(DataSafetyInventory.json());
  }
}
