package shop;

import dev.datasafety.DataForm;
import dev.datasafety.DataKind;
import dev.datasafety.NotUserData;
import dev.datasafety.UserData;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@UserData(purposes = "orders", retention = "P2Y", kind = DataKind.ATTRIBUTE, reviews = "DSR-40")
public class Customer {
  @UserData(description = "Your customer number.", kind = DataKind.IDENTIFIER, form = DataForm.PSEUDONYMIZED)
  String customerNumber;

  List<Address> addresses;
  Map<String, Address> addressesByLabel;
  Optional<Preferences> preferences;

  @NotUserData("the number of orders, shown only as a badge")
  int orderCount;

  @UserData(name = "Delivery address", retention = "P1Y")
  public record Address(
      @UserData(description = "Street and number.") String street,
      @UserData(description = "Postal code.") String postalCode,
      @UserData(description = "City.") String city) {}

  @UserData(name = "Your preferences", serverVisible = false, purposes = {"recommendations", "orders"})
  public static final class Preferences {
    @UserData(description = "Categories you like.", sensitive = false) List<String> favouriteCategories;
  }
}
