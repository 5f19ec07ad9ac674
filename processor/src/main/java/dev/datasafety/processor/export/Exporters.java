package dev.datasafety.processor.export;

/** The exporter of each format. */
final class Exporters {
  private Exporters() {}

  static Exporter of(ExportFormat format) {
    switch (format) {
      case PLAY:
        return new PlayExport();
      case APPLE:
        return new AppleExport();
      case FIDES:
        throw new IllegalStateException("fides: being built");
      case ROPA:
        throw new IllegalStateException("ropa: being built");
      case DPV:
        throw new IllegalStateException("dpv: being built");
      case REVIEW:
        throw new IllegalStateException("review: being built");
      default:
        throw new IllegalArgumentException(format.toString());
    }
  }
}
