package dev.autoprofile.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListenerNamesTest {
  static class Outer {
    static class User {}
  }

  @Test
  void nestedClassesAreJoinedByUnderscores() {
    assertEquals("dev.autoprofile.hibernate.ListenerNamesTest_Outer_User_AutoProfileListener",
        ListenerNames.listenerFor(Outer.User.class));
  }

  @Test
  void theListenerLivesNextToTheUser() {
    assertEquals("java.lang.String_AutoProfileListener", ListenerNames.listenerFor(String.class));
  }
}
