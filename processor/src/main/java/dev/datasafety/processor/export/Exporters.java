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
        return new FidesExport();
      case ROPA:
        return new RopaExport();
      case DPV:
        return new DpvExport();
      case REVIEW:
        return new ReviewExport();
      default:
        throw new IllegalArgumentException(format.toString());
    }
  }
}
