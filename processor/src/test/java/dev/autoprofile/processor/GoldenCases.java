package dev.autoprofile.processor;

import java.util.List;
import java.util.stream.Stream;

/**
 * The good sources that have a golden listener: one list for every test that compiles them all,
 * checks their listeners' text or their properties.
 */
final class GoldenCases {
  /**
   * One golden case: its sources under {@code src/test/resources/good/<folder>/}, the listener
   * they generate, whose text is {@code src/test/resources/expected/<folder>/<Listener>.java}.
   */
  record Case(String description, String folder, String listenerSimpleName, List<String> sources) {
    /** {@code good.constructor.User_AutoProfileListener}. */
    String listener() {
      return "good." + folder + "." + listenerSimpleName;
    }

    /** {@code constructor/User_AutoProfileListener.java}, under {@code expected/}. */
    String expected() {
      return folder + "/" + listenerSimpleName + ".java";
    }

    /** {@code constructor/User.java}, ..., under {@code good/}. */
    List<String> goodPaths() {
      return sources.stream().map(source -> folder + "/" + source).toList();
    }

    @Override
    public String toString() {
      return description;
    }
  }

  static final List<Case> ALL = List.of(
      new Case("constructor taking the user, inverse side by accessors", "constructor",
          "User_AutoProfileListener", List.of("User.java", "Profile.java")),
      new Case("no-arg constructor and setter, model by convention", "setter",
          "Account_AutoProfileListener", List.of("Account.java", "AccountProfile.java")),
      new Case("field access on both sides, onUpdate IGNORE", "field",
          "Customer_AutoProfileListener", List.of("Customer.java", "CustomerProfile.java")),
      new Case("@MapsId shared key", "mapsid",
          "Person_AutoProfileListener", List.of("Person.java", "PersonDetails.java")),
      new Case("several models, mappedBy", "several",
          "Player_AutoProfileListener", List.of("Player.java", "Stats.java", "Preferences.java")),
      new Case("nested user class", "nested",
          "Outer_User_AutoProfileListener", List.of("Outer.java")),
      new Case("property access: annotated getters, field named otherwise", "property",
          "Member_AutoProfileListener", List.of("Member.java", "MemberCard.java")),
      new Case("abstract base entity", "inherited",
          "Party_AutoProfileListener", List.of("Party.java", "Company.java", "PartyProfile.java")),
      new Case("field access: a @Transient getter of the user's type is no attribute", "transientgetter",
          "Owner_AutoProfileListener", List.of("Owner.java", "OwnerProfile.java")),
      new Case("@ProfileOf on the model, user in another package without inverse side", "modelside",
          "BillingAccount_AutoProfileListener", List.of("BillingAccount.java", "users/Member.java")),
      new Case("@ProfileOf with every member, abstract user mapping the inverse side by accessors",
          "modelsideinverse", "LoyaltyCard_AutoProfileListener", List.of("LoyaltyCard.java", "Customer.java")),
      new Case("a class that is both a user (@AutoProfile) and a model (@ProfileOf)", "both",
          "Membership_AutoProfileListener", List.of("Membership.java", "Badge.java", "Owner.java")));

  private GoldenCases() {}

  /** Every source of every case, each folder its own package. */
  static List<String> goodPaths() {
    return ALL.stream().flatMap(c -> c.goodPaths().stream()).toList();
  }

  /** The qualified names of every case's listener. */
  static List<String> listeners() {
    return ALL.stream().map(Case::listener).toList();
  }

  static Stream<Case> cases() {
    return ALL.stream();
  }
}
