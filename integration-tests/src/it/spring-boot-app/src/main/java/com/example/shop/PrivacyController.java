package com.example.shop;

import com.example.catalog.SupportTicket;
import dev.datasafety.runtime.DatumInfo;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a privacy page of a real application serves: the inventory, and a user's own data. */
@RestController
@RequestMapping("/privacy")
public class PrivacyController {
  private final Customer ada = new Customer("ada@example.com", "Ada L.", "$2a$10$notarealhash",
      List.of(new Address("12 St James's Square", "London"), new Address("Ockham Park", "Ockham")));

  @GetMapping(value = "/inventory.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public String inventory() {
    return DataSafetyInventory.json();
  }

  /** The typed model, read from the same table: the ids of its data. */
  @GetMapping(value = "/data", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<String> dataIds() {
    return DataSafetyInventory.inventory().data().stream().map(DatumInfo::id).toList();
  }

  @GetMapping(value = "/export/customer", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> exportCustomer() {
    return DataSafetyInventory.export(ada);
  }

  /** A type of the catalog, a dependency in BOOT-INF/lib: exported through the app's inventory. */
  @GetMapping(value = "/export/ticket", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> exportTicket() {
    return DataSafetyInventory.export(new SupportTicket());
  }
}
