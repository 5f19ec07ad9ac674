package com.example.members;

import java.util.List;
import java.util.Map;

/** Run by the integration test on the built classes: exports read private, inherited and nested members. */
public final class ExportCheck {
  private ExportCheck() {}

  public static void main(String[] args) {
    Owner owner = new Owner("Ada", "Lovelace", "+44 20 0000");
    owner.getVisits().add(new Visit("vaccination"));
    owner.getVisits().add(new Visit("check-up"));
    check("Owner", DataSafetyInventory.export(owner), Map.of(
        "firstName", "Ada", "lastName", "Lovelace", "telephone", "+44 20 0000",
        "visits", List.of(Map.of("reason", "vaccination"), Map.of("reason", "check-up"))),
        List.of("firstName", "lastName", "telephone", "visits"));
    check("Vet", DataSafetyInventory.export(new Vet("James", "Herriot")),
        Map.of("firstName", "James", "lastName", "Herriot"), List.of("firstName", "lastName"));
    System.out.println("export ok");
  }

  private static void check(String what, Map<String, Object> exported, Map<String, Object> expected, List<String> order) {
    if (!expected.equals(exported) || !List.copyOf(exported.keySet()).equals(order)) {
      throw new AssertionError("export of " + what + ": expected " + expected + " in the order " + order
          + " but was " + exported);
    }
  }
}
