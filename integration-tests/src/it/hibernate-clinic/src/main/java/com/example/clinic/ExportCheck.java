package com.example.clinic;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.proxy.HibernateProxy;

/**
 * Run by the integration test on the built classes and their run-time class path: persists a
 * small clinic with Hibernate in H2, then, in new sessions, exports an owner loaded as a proxy and
 * one loaded by a query whose visits stay lazy. Exits non-zero when an export misses, adds or
 * misreads a member, or when the entities were loaded before the export (then it would prove nothing).
 */
public final class ExportCheck {
  private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 14);

  private ExportCheck() {}

  public static void main(String[] args) {
    try (EntityManagerFactory jpa = Persistence.createEntityManagerFactory("clinic")) {
      SessionFactory sessions = jpa.unwrap(SessionFactory.class);
      long[] ids = sessions.fromTransaction(session -> {
        Vet herriot = new Vet("James", "Herriot");
        Vet farnon = new Vet("Siegfried", "Farnon");
        session.persist(herriot);
        session.persist(farnon);
        Owner ada = new Owner("Ada", "Lovelace", "+44 20 7946 0000");
        ada.visit(SEPTEMBER, "check-up", farnon);
        ada.visit(MARCH, "vaccination", herriot);
        ada.remind();
        ada.remind();
        session.persist(ada);
        return new long[] {ada.getId(), herriot.getId()};
      });
      Map<String, Object> ada = ordered(
          "firstName", "Ada", "lastName", "Lovelace", "telephone", "+44 20 7946 0000",
          "visits", List.of(
              ordered("visitedOn", MARCH, "reason", "vaccination", "vet", ordered("firstName", "James", "lastName", "Herriot")),
              ordered("visitedOn", SEPTEMBER, "reason", "check-up", "vet", ordered("firstName", "Siegfried", "lastName", "Farnon"))));

      sessions.inSession(session -> {
        Owner proxy = session.getReference(Owner.class, ids[0]);
        require(proxy instanceof HibernateProxy && !Hibernate.isInitialized(proxy),
            "getReference returned " + proxy.getClass().getName() + ", not an uninitialised Hibernate proxy");
        check("the Owner proxy of getReference", ada, DataSafetyInventory.export(proxy));
      });

      // A session of its own: in the one above, the export loaded the vet.
      sessions.inSession(session -> {
        Vet vet = session.getReference(Vet.class, ids[1]);
        require(vet instanceof HibernateProxy && !Hibernate.isInitialized(vet), "the Vet reference is no uninitialised proxy");
        check("the Vet proxy of getReference", ordered("firstName", "James", "lastName", "Herriot"),
            DataSafetyInventory.export(vet));
      });

      sessions.inSession(session -> {
        Owner owner = byLastName(session, "Lovelace");
        require(!(owner instanceof HibernateProxy), "the query returned a proxy");
        require(!Hibernate.isInitialized(owner.getVisits()), "the owner's visits were loaded by the query");
        check("the queried Owner with lazy visits", ada, DataSafetyInventory.export(owner));
        require(Hibernate.isInitialized(owner.getVisits()), "the export did not iterate the lazy visits");
        for (Visit visit : owner.getVisits()) {
          require(visit.getVet() instanceof HibernateProxy && Hibernate.isInitialized(visit.getVet()),
              "the visit's vet is not a proxy loaded by the export");
        }
      });
    }
    System.out.println("export ok");
  }

  /** Through the static metamodel that Hibernate's processor generated beside datasafety's code. */
  private static Owner byLastName(Session session, String lastName) {
    CriteriaBuilder criteria = session.getCriteriaBuilder();
    CriteriaQuery<Owner> query = criteria.createQuery(Owner.class);
    Root<Owner> owner = query.from(Owner.class);
    query.select(owner).where(criteria.equal(owner.get(Owner_.lastName), lastName));
    return session.createQuery(query).getSingleResult();
  }

  /** Equal maps with their keys in the same order, at every level. */
  private static void check(String what, Map<String, Object> expected, Map<String, Object> exported) {
    System.out.println("export of " + what + ": " + exported);
    require(expected.equals(exported) && expected.toString().equals(exported.toString()),
        "export of " + what + ": expected " + expected + " but was " + exported);
  }

  private static Map<String, Object> ordered(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(failure);
    }
  }
}
