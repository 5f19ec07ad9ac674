package dev.datasafety.sample.retention;

import dev.datasafety.runtime.DatumInfo;

/**
 * Where one declared datum is stored and what happens to it past its declared retention: its
 * row is deleted, or its column is cleared (anonymized) while the rest of the row stays. The
 * retention itself is never written here: it is read from the generated {@link DatumInfo}.
 *
 * @param datum the generated metadata of the datum
 * @param table the table holding it
 * @param storedAt the column saying when it was stored
 * @param action what to do past retention
 * @param column the column cleared by {@link Action#CLEAR_COLUMN}; unused for deletions
 */
public record RetentionRule(DatumInfo datum, String table, String storedAt, Action action, String column) {

  /** What happens to data past its retention. */
  public enum Action {
    DELETE_ROW,
    CLEAR_COLUMN
  }

  public static RetentionRule deleteRow(DatumInfo datum, String table, String storedAt) {
    return new RetentionRule(datum, table, storedAt, Action.DELETE_ROW, "");
  }

  public static RetentionRule clearColumn(DatumInfo datum, String table, String storedAt, String column) {
    return new RetentionRule(datum, table, storedAt, Action.CLEAR_COLUMN, column);
  }

  public RetentionRule {
    if (!datum.retention().isFinite()) {
      throw new IllegalArgumentException(datum.id() + " has no finite retention (" + datum.retention().value() + ")");
    }
  }

  String sql() {
    return action == Action.DELETE_ROW
        ? "DELETE FROM " + table + " WHERE " + storedAt + " < ?"
        : "UPDATE " + table + " SET " + column + " = NULL WHERE " + storedAt + " < ? AND " + column + " IS NOT NULL";
  }
}
