package dev.datasafety.processor.detect;

/**
 * Whose data a class holds, as its name or the classes that hold it say: the owner decides
 * whether a name, an address or a phone number is a person's.
 */
public enum Owner {
  /** A person ({@code Customer}, {@code Patient}), a {@code @UserData} type, or a type a person's class holds. */
  PERSON,
  /** A thing that has a name of its own ({@code Product}, {@code Realm}, {@code Terminal}). */
  NOT_PERSON,
  /** An organisation or a place ({@code Company}, {@code Merchant}, {@code Store}), whose contact data is its own. */
  ORGANISATION,
  /**
   * An organisation a person's class holds ({@code Person.organizations} of type {@code
   * Organization}): its own data is the organisation's, but the person's employment in it (job
   * title, department, start date) is the person's.
   */
  EMPLOYER,
  /** A population or statistics about people ({@code StudyPopulation}, {@code AgeDistribution}): no one's own data. */
  POPULATION,
  /** A description of data ({@code UserSchema}, {@code AttributeDefinition}): it holds no one's data, it says what data is. */
  DEFINITION,
  /** The name says nothing either way. */
  NEUTRAL
}
