package dev.datasafety.processor.diag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * One reported message, with its source location resolved, as the SARIF report and tests read
 * it. {@code detection} is what the detector recognised, for its findings.
 */
public record Finding(
    String key,
    Diagnostic.Kind severity,
    String message,
    Optional<SourceLocation> location,
    String member,
    Optional<Detection> detection) {

  /** A file and a 1-based line and column (javac's: a tab is one column). */
  public record SourceLocation(String file, long line, long column) {}

  /**
   * What the detector recognised: its own data type id ({@code email}) and the SPEC §3.1 category
   * to declare ({@code contact.email}).
   */
  public record Detection(String dataType, String category) {}

  /** Looked up once: the provider look-up of {@code getInstance} costs more than hashing a member's name. */
  private static final MessageDigest SHA_256 = newSha256();

  /**
   * The identity of a finding across builds: its key, member and category, never its line, so
   * that a finding moved by an edit elsewhere in the file is still the same finding (for {@code
   * datasafety.findingsBaseline} and code-scanning tools). Empty for findings on no member.
   */
  public Optional<String> fingerprint() {
    if (member.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(fingerprint(key, member, detection.map(Detection::category).orElse("")));
  }

  /** The fingerprint of a finding of {@code key} on {@code member} ({@code com.acme.Account#email}). */
  public static String fingerprint(String key, String member, String category) {
    byte[] digest = sha256().digest((key + "\n" + member + "\n" + category).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException notForTheJdksOwn) {
      return newSha256();
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
