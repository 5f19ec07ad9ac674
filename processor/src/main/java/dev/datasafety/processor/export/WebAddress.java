package dev.datasafety.processor.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** A declared address, kept where a document wants a web URL (fideslang checks it; JSON-LD makes it an IRI). */
final class WebAddress {
  private WebAddress() {}

  /** The address when it is an absolute http(s) URL with a host; empty otherwise. */
  static Optional<String> of(Optional<String> address) {
    return address.filter(a -> {
      try {
        URI uri = new URI(a);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
      } catch (URISyntaxException notAnAddress) {
        return false;
      }
    });
  }
}
