package dev.datasafety.sample.hostile;

import dev.datasafety.DataKind;
import dev.datasafety.UserData;

/**
 * Test-only data whose texts carry markup, to prove the privacy page shows inventory text as
 * text. Compiled with the processor in the test build only, so the test inventory
 * ({@code dev.datasafety.sample.hostile.DataSafetyInventory}) holds the product's data plus this;
 * the product's own inventory never contains it.
 */
@UserData(name = "Hostile <i>group</i>", kind = DataKind.ATTRIBUTE, purposes = "notes", retention = "P30D",
    serverVisible = false)
public record HostileFixture(
    @UserData(name = "Hostile <b>name</b>",
        description = "<script>document.title='pwned'</script><img src=x onerror=\"alert(1)\"> & 'quotes'")
    String text) {}
