package dev.loopline.planner.routing;

/**
 * A district an itinerary passes through.
 *
 * @param id     the district id
 * @param name   its name (for the Science City, in Chinese)
 * @param nameEn its English name, or null
 */
public record DistrictName(String id, String name, String nameEn) {
  /** "name (English name)", or just the name. */
  public String label() {
    return nameEn == null || nameEn.isBlank() || nameEn.equals(name) ? name : name + " (" + nameEn + ")";
  }
}
