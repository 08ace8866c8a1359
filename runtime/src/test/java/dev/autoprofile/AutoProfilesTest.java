package dev.autoprofile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class AutoProfilesTest {

  @Test
  @SuppressWarnings("try")
  void suspensionsNestAndResumeWhenTheOutermostCloses() {
    assertFalse(AutoProfiles.isSuspended());
    try (var outer = AutoProfiles.suspend()) {
      try (var inner = AutoProfiles.suspend()) {
        assertTrue(AutoProfiles.isSuspended());
      }
      assertTrue(AutoProfiles.isSuspended(), "the outer suspension is still open");
    }
    assertFalse(AutoProfiles.isSuspended());
  }

  @Test
  void closingTwiceHasNoFurtherEffect() {
    AutoProfiles.Suspension outer = AutoProfiles.suspend();
    AutoProfiles.Suspension inner = AutoProfiles.suspend();
    inner.close();
    inner.close();
    assertTrue(AutoProfiles.isSuspended(), "a repeated close must not end the outer suspension");
    outer.close();
    assertFalse(AutoProfiles.isSuspended());
  }

  @Test
  @SuppressWarnings("try")
  void aSuspensionIsPerThread() throws Exception {
    try (var suspended = AutoProfiles.suspend()) {
      assertTrue(AutoProfiles.isSuspended());
      boolean elsewhere = CompletableFuture.supplyAsync(AutoProfiles::isSuspended).get();
      assertFalse(elsewhere, "another thread keeps creating profiles");
      var closedElsewhere = CompletableFuture.runAsync(suspended::close);
      var failure = assertThrows(CompletionException.class, closedElsewhere::join);
      assertInstanceOf(IllegalStateException.class, failure.getCause(), "closing from another thread is a bug");
      assertTrue(AutoProfiles.isSuspended());
    }
    assertFalse(AutoProfiles.isSuspended());
  }
}
