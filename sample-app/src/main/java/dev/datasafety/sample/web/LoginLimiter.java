package dev.datasafety.sample.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Limits failed sign-ins per account and per network address, over a sliding window: past the
 * limit, sign-in is refused without checking the password, even the right one, until the
 * oldest failure in the window is old enough. An email nobody uses is counted like any other,
 * so the answer never tells whether an account exists. Only in memory, keyed by SHA-256
 * fingerprints rather than the email or address itself, and forgotten after the window.
 */
final class LoginLimiter {
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  /** When sign-in is possible again for this email from this address; empty when it is now. */
  synchronized Optional<Instant> blockedUntil(String email, String address) {
    Instant now = clock.instant();
    Optional<Instant> account = blockedUntil(key("account", email), PER_ACCOUNT, now);
    Optional<Instant> network = blockedUntil(key("address", address), PER_ADDRESS, now);
    if (account.isPresent() && network.isPresent()) {
      return Optional.of(account.get().isAfter(network.get()) ? account.get() : network.get());
    }
    return account.isPresent() ? account : network;
  }

  synchronized void failed(String email, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {key("account", email), key("address", address)}) {
      failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }
    forgetOld(now);
  }

  /** A successful sign-in clears the account's failures, not the address's. */
  synchronized void succeeded(String email) {
    failures.remove(key("account", email));
  }

  private Optional<Instant> blockedUntil(String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    times.removeIf(t -> !t.plus(WINDOW).isAfter(now));
    if (times.size() < limit) {
      return Optional.empty();
    }
    // The failure that, once out of the window, brings the count under the limit.
    return Optional.of(times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW));
  }

  private void forgetOld(Instant now) {
    failures.values().forEach(times -> times.removeIf(t -> !t.plus(WINDOW).isAfter(now)));
    failures.values().removeIf(Deque::isEmpty);
  }

  private static String key(String kind, String value) {
    return kind + ":" + SessionTokens.fingerprint(value);
  }
}
