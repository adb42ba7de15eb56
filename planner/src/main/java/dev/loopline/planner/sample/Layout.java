package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The map the generator builds on: the {@link Blueprint} stretched by the square root of the scale around the core,
 * with the added land filled by invented towns (so that density and service stay realistic while everything grows
 * about N-fold), rural villages everywhere, and rail lines given extra stations in proportion. Metres throughout.
 */
public final class Layout {
  /** Stations and stops closer than this to a poor-feeder station are kept out, so it stays poorly fed. */
  static final double POOR_FEEDER_RADIUS = 650;
  /** Bus stops are kept this far from rail stations so the merger never mistakes one for the other. */
  static final double STATION_CLEARANCE = 50;

  final SampleOptions options;
  final double stretch;
  final double halfWidth;
  final double halfHeight;
  final Ridge jinyun;
  final Ridge zhongliang;
  final List<Ridge> ridges;
  final List<Town> towns;
  final List<BorderGap> gaps;
  final List<NoStopZone> noStopZones;
  final List<RidgeCrossing> crossings;
  final List<TrailPlan> trails;
  final List<Motorway> motorways;
  final List<RailLine> railLines;
  final List<ProposalPlan> proposals;
  /** District border polylines (ridge crests and wobbly valley lines) that, with the envelope, tile the region. */
  final List<List<Xy>> districtBorders;
  /** One point inside each district, in {@link DistrictSpec#ALL} order. */
  final List<Xy> districtSeeds;

  private Layout(SampleOptions options) {
    this.options = options;
    this.stretch = options.stretch();
    double f = stretch;
    this.halfWidth = Blueprint.HALF_WIDTH_KM * 1000 * f;
    this.halfHeight = Blueprint.HALF_HEIGHT_KM * 1000 * f;
    this.jinyun = new Ridge("jinyun", "缙云山", "Jinyun Mountain", points(Blueprint.JINYUN, f),
        Blueprint.RIDGE_HALF_WIDTH_M);
    this.zhongliang = new Ridge("zhongliang", "中梁山", "Zhongliang Mountain", points(Blueprint.ZHONGLIANG, f),
        Blueprint.RIDGE_HALF_WIDTH_M);
    this.ridges = List.of(jinyun, zhongliang);

    List<Town> t = new ArrayList<>();
    for (Blueprint.T b : Blueprint.TOWNS) {
      t.add(new Town(b.id(), b.zh(), b.en(), Xy.km(b.x(), b.y(), f), b.radiusKm() * 1000, b.residentsK() * 1000,
          b.jobsK() * 1000, b.kind(), b.hilly()));
    }
    List<String> takenNames = new ArrayList<>();
    t.forEach(x -> takenNames.add(x.zh()));
    Blueprint.RAIL.forEach(l -> l.stations().forEach(s -> {
      if (s.zh() != null) {
        takenNames.add(s.zh());
      }
    }));
    PlaceNames names = new PlaceNames(takenNames);
    SplittableRandom rnd = new SplittableRandom(options.seed() ^ 0x5EED_70E5L);
    addExtraTowns(t, names, rnd);
    addVillages(t, names, rnd);
    this.towns = List.copyOf(t);

    Map<String, String> stationIds = new HashMap<>();
    this.railLines = rail(stationIds);
    List<BorderGap> g = new ArrayList<>();
    List<NoStopZone> zones = new ArrayList<>();
    for (Blueprint.G b : Blueprint.GAPS) {
      Town town = town(b.townId());
      String station = b.station() == null ? null : stationIds.get(b.station());
      g.add(new BorderGap(b.townId(), town.zh(), town.en(), town.centre(), b.noStopRadiusKm() * 1000, station,
          b.between()));
      zones.add(new NoStopZone(town.centre(), b.noStopRadiusKm() * 1000, "border gap " + town.en()));
      if (station != null) {
        zones.add(new NoStopZone(station(station).position(), POOR_FEEDER_RADIUS,
            "poor feeder service at station " + station));
      }
    }
    this.gaps = List.copyOf(g);
    this.noStopZones = List.copyOf(zones);

    List<RidgeCrossing> c = new ArrayList<>();
    for (Blueprint.C b : Blueprint.CROSSINGS) {
      c.add(new RidgeCrossing(b.zh(), b.en(), b.ridge(), b.yKm() * 1000 * f, b.clazz(), b.pass()));
    }
    this.crossings = List.copyOf(c);
    List<TrailPlan> tr = new ArrayList<>();
    for (Blueprint.Trail b : Blueprint.TRAILS) {
      tr.add(new TrailPlan(b.zh(), b.en(), ridge(b.ridge()), b.yKm() * 1000 * f));
    }
    this.trails = List.copyOf(tr);
    List<Motorway> m = new ArrayList<>();
    for (Blueprint.M b : Blueprint.MOTORWAYS) {
      m.add(new Motorway(b.zh(), b.en(), b.ref(), points(b.km(), f)));
    }
    this.motorways = List.copyOf(m);
    List<ProposalPlan> p = new ArrayList<>();
    for (ProposalPlan b : Blueprint.PROPOSALS) {
      p.add(new ProposalPlan(b.id(), b.zh(), b.en(), b.operator(), stationIds.get(b.fromStation()), b.gapId(),
          stationIds.get(b.toStation()), b.weekends()));
    }
    this.proposals = List.copyOf(p);
    this.districtBorders = borders(f);
    List<Xy> seeds = new ArrayList<>();
    for (double[] s : Blueprint.DISTRICT_SEEDS) {
      seeds.add(Xy.km(s[0], s[1], f));
    }
    this.districtSeeds = List.copyOf(seeds);
  }

  /** The map for these options; deterministic in seed and scale. */
  public static Layout of(SampleOptions options) {
    return new Layout(options);
  }

  private static List<Xy> points(double[][] km, double f) {
    List<Xy> out = new ArrayList<>();
    for (double[] p : km) {
      out.add(Xy.km(p[0], p[1], f));
    }
    return out;
  }

  public Ridge ridge(String id) {
    return switch (id) {
      case "jinyun" -> jinyun;
      case "zhongliang" -> zhongliang;
      default -> throw new IllegalArgumentException("no ridge " + id);
    };
  }

  public Town town(String id) {
    for (Town t : towns) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no town " + id);
  }

  public RailStation station(String stopId) {
    for (RailLine l : railLines) {
      for (RailStation s : l.stations()) {
        if (s.stopId().equals(stopId)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException("no station " + stopId);
  }

  public BorderGap gap(String id) {
    for (BorderGap g : gaps) {
      if (g.id().equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException("no gap " + id);
  }

  /** Distance from a point to the nearest ridge crest minus the band half-width: negative inside a band. */
  double ridgeClearance(double x, double y) {
    return Math.min(jinyun.distance(x, y), zhongliang.distance(x, y)) - Blueprint.RIDGE_HALF_WIDTH_M;
  }

  boolean inEnvelope(double x, double y, double margin) {
    return Math.abs(x) <= halfWidth - margin && Math.abs(y) <= halfHeight - margin;
  }

  // ---- towns beyond the blueprint -------------------------------------------------------------------------

  /** Scale N gets (N-1) x 34 more towns in the stretched land: as many towns per km2 as the blueprint has. */
  private void addExtraTowns(List<Town> towns, PlaceNames names, SplittableRandom rnd) {
    int wanted = (options.scale() - 1) * 34;
    int made = 0;
    for (int attempt = 0; made < wanted && attempt < wanted * 400; attempt++) {
      double x = (rnd.nextDouble() * 2 - 1) * (halfWidth - 2500);
      double y = (rnd.nextDouble() * 2 - 1) * (halfHeight - 2500);
      if (ridgeClearance(x, y) < 2500 || tooClose(towns, x, y, 4500, false)) {
        continue;
      }
      boolean industrial = rnd.nextInt(5) == 0;
      String[] n = names.next(rnd, industrial ? "工业园" : null, industrial ? "Industrial Park" : null);
      String id = "town" + (made + 1);
      if (industrial) {
        towns.add(new Town(id, n[0], n[1], new Xy(x, y), 1100, 5000, 50000 + rnd.nextInt(40000),
            TownKind.INDUSTRIAL, false));
      } else {
        double residents = 40000 + rnd.nextInt(120000);
        towns.add(new Town(id, n[0], n[1], new Xy(x, y), 900 + residents / 200, residents, residents * 0.35,
            TownKind.URBAN, x > zhongliang.xAt(y)));
      }
      made++;
    }
  }

  /** About 110 villages per scale unit, away from towns, ridges and each other. */
  private void addVillages(List<Town> towns, PlaceNames names, SplittableRandom rnd) {
    int wanted = 110 * options.scale();
    int made = 0;
    for (int attempt = 0; made < wanted && attempt < wanted * 200; attempt++) {
      double x = (rnd.nextDouble() * 2 - 1) * (halfWidth - 600);
      double y = (rnd.nextDouble() * 2 - 1) * (halfHeight - 600);
      if (ridgeClearance(x, y) < 500 || tooClose(towns, x, y, 1300, true)) {
        continue;
      }
      String[] n = names.next(rnd, "村", "Village");
      double residents = 1500 + rnd.nextInt(2500);
      towns.add(new Town("village" + (made + 1), n[0], n[1], new Xy(x, y), 320 + rnd.nextInt(100), residents,
          residents * 0.15, TownKind.VILLAGE, false));
      made++;
    }
  }

  /** Too close to a town: within {@code min} of a village, or within 2.2 radii + min of anything bigger. */
  private static boolean tooClose(List<Town> towns, double x, double y, double min, boolean village) {
    for (Town t : towns) {
      double d = Math.hypot(x - t.centre().x(), y - t.centre().y());
      double limit = t.kind() == TownKind.VILLAGE ? min : (village ? 2.2 * t.radius() + min : min);
      if (d < limit) {
        return true;
      }
    }
    return false;
  }

  // ---- rail ------------------------------------------------------------------------------------------------

  private static final double[][] INTERCHANGE_OFFSETS = {{30, 15}, {-30, -15}, {15, -30}, {-15, 30}};

  /**
   * Stations at block centres (away from the street lines); interchanges a few dozen metres from the station they
   * share; at scale N about sqrt(N) times as many stations per line, so station spacing stays as in the blueprint.
   */
  private List<RailLine> rail(Map<String, String> stationIds) {
    double f = stretch;
    Map<String, Xy> placed = new HashMap<>();
    Map<String, String[]> names = new HashMap<>();
    Map<String, Integer> sharers = new HashMap<>();
    List<List<String>> origIds = new ArrayList<>();
    for (Blueprint.L line : Blueprint.RAIL) {
      List<String> ids = new ArrayList<>();
      for (Blueprint.S s : line.stations()) {
        if (s.sameAs() == null) {
          placed.put(s.id(), blockCentre(s.x() * 1000 * f, s.y() * 1000 * f));
          names.put(s.id(), new String[] {s.zh(), s.en()});
        } else {
          int k = sharers.merge(s.sameAs(), 1, Integer::sum) - 1;
          double[] o = INTERCHANGE_OFFSETS[k % INTERCHANGE_OFFSETS.length];
          Xy base = placed.get(s.sameAs());
          placed.put(s.id(), base.plus(o[0], o[1]));
          names.put(s.id(), names.get(s.sameAs()));
        }
        ids.add(s.id());
      }
      origIds.add(ids);
    }
    int extra = (int) Math.round(f) - 1;
    Map<String, Integer> nameUse = new HashMap<>();
    names.values().forEach(n -> nameUse.merge(n[0], 0, Integer::sum));
    List<RailLine> lines = new ArrayList<>();
    for (int li = 0; li < Blueprint.RAIL.size(); li++) {
      Blueprint.L line = Blueprint.RAIL.get(li);
      List<String> ids = origIds.get(li);
      List<Object[]> seq = new ArrayList<>();
      for (int k = 0; k < ids.size(); k++) {
        if (k > 0 && extra > 0) {
          Xy a = placed.get(ids.get(k - 1));
          Xy b = placed.get(ids.get(k));
          for (int e = 1; e <= extra; e++) {
            double t = e / (double) (extra + 1);
            Xy p = blockCentre(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            if (ridgeClearance(p.x(), p.y()) > 300) {
              seq.add(new Object[] {null, p, interpolatedName(p, nameUse)});
            }
          }
        }
        seq.add(new Object[] {ids.get(k), placed.get(ids.get(k)), names.get(ids.get(k))});
      }
      List<RailStation> stations = new ArrayList<>();
      for (int k = 0; k < seq.size(); k++) {
        String id = String.format(java.util.Locale.ROOT, "L%s-%02d", line.number(), k + 1);
        Object[] e = seq.get(k);
        if (e[0] != null) {
          stationIds.put((String) e[0], id);
        }
        String[] n = (String[]) e[2];
        stations.add(new RailStation(id, n[0], n[1], (Xy) e[1]));
      }
      lines.add(new RailLine(line.number(), "轨道交通" + line.number() + "号线", "Line " + line.number(), line.color(),
          line.textColor(), line.peak(), line.offPeak(), stations));
    }
    return List.copyOf(lines);
  }

  private String[] interpolatedName(Xy p, Map<String, Integer> nameUse) {
    Town best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (Town t : towns) {
      if (t.kind() == TownKind.VILLAGE) {
        continue;
      }
      double d = p.distanceTo(t.centre());
      if (d < bestD) {
        bestD = d;
        best = t;
      }
    }
    double dx = p.x() - best.centre().x();
    double dy = p.y() - best.centre().y();
    String[] dir = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? new String[] {"东", "East"} : new String[] {"西", "West"})
        : (dy > 0 ? new String[] {"北", "North"} : new String[] {"南", "South"});
    String zh = best.zh() + dir[0];
    String en = best.en() + " " + dir[1];
    int n = nameUse.merge(zh, 1, Integer::sum);
    if (n > 1) {
      zh += PlaceNames.cn(n);
      en += " " + n;
    }
    return new String[] {zh, en};
  }

  /** The centre of the street block containing a point: as far from the street lines as possible. */
  private static Xy blockCentre(double x, double y) {
    double s = StreetBuilder.SPACING;
    return new Xy((Math.floor(x / s) + 0.5) * s, (Math.floor(y / s) + 0.5) * s);
  }

  // ---- district borders ------------------------------------------------------------------------------------

  private List<List<Xy>> borders(double f) {
    double w = halfWidth;
    double h = halfHeight;
    Xy t1 = crestPoint(jinyun, Blueprint.T1_JINYUN_Y * 1000 * f);
    Xy t2 = Xy.km(Blueprint.T2[0], Blueprint.T2[1], f);
    Xy zj = crestPoint(zhongliang, Blueprint.GAOXIN_JIULONGPO_RIDGE_Y * 1000 * f);
    double t3y = Blueprint.T3_ZHONGLIANG_Y * 1000 * f;
    double t4y = Blueprint.T4_ZHONGLIANG_Y * 1000 * f;
    double t5y = Blueprint.T5_JINYUN_Y * 1000 * f;
    Xy t3 = crestPoint(zhongliang, t3y);
    Xy t4 = crestPoint(zhongliang, t4y);
    Xy t5 = crestPoint(jinyun, t5y);
    List<List<Xy>> out = new ArrayList<>();
    out.add(wobbly(join(null, Blueprint.BISHAN_JIANGJIN, t1, f), 1));
    out.add(wobbly(join(t1, Blueprint.GAOXIN_JIANGJIN, t2, f), 2));
    out.add(wobbly(join(t2, Blueprint.GAOXIN_JIULONGPO, zj, f), 3));
    out.add(zhongliang.between(zj.y(), t3y));
    out.add(wobbly(join(t2, Blueprint.JIANGJIN_JIULONGPO, null, f), 4));
    out.add(zhongliang.between(t3y, t4y));
    out.add(wobbly(join(t3, Blueprint.SHAPINGBA_JIULONGPO, null, f), 5));
    out.add(wobbly(join(t5, Blueprint.GAOXIN_BEIBEI, t4, f), 6));
    out.add(wobbly(join(t4, Blueprint.SHAPINGBA_BEIBEI, null, f), 7));
    out.add(jinyun.between(t1.y(), h));
    // Clamp the ends that lie on the envelope exactly onto it (the blueprint gives them at the half sizes).
    List<List<Xy>> clamped = new ArrayList<>();
    for (List<Xy> line : out) {
      List<Xy> c = new ArrayList<>();
      for (Xy p : line) {
        c.add(new Xy(Math.max(-w, Math.min(w, p.x())), Math.max(-h, Math.min(h, p.y()))));
      }
      clamped.add(List.copyOf(c));
    }
    return List.copyOf(clamped);
  }

  private static Xy crestPoint(Ridge r, double y) {
    return new Xy(r.xAt(y), y);
  }

  private static List<Xy> join(Xy start, double[][] km, Xy end, double f) {
    List<Xy> out = new ArrayList<>();
    if (start != null) {
      out.add(start);
    }
    for (double[] p : km) {
      out.add(Xy.km(p[0], p[1], f));
    }
    if (end != null) {
      out.add(end);
    }
    return out;
  }

  /**
   * Densifies a border to about 1 km steps and bends it sideways by up to ~180 m, so that it looks drawn rather
   * than ruled; the ends stay put so the borders still meet exactly. Fixed (not seeded): the districts are the
   * same for every seed.
   */
  private static List<Xy> wobbly(List<Xy> line, int salt) {
    List<Xy> out = new ArrayList<>();
    double total = 0;
    for (int i = 1; i < line.size(); i++) {
      total += line.get(i - 1).distanceTo(line.get(i));
    }
    double s0 = 0;
    out.add(line.get(0));
    for (int i = 1; i < line.size(); i++) {
      Xy a = line.get(i - 1);
      Xy b = line.get(i);
      double len = a.distanceTo(b);
      int steps = Math.max(1, (int) Math.ceil(len / 1000));
      double nx = -(b.y() - a.y()) / len;
      double ny = (b.x() - a.x()) / len;
      for (int k = 1; k <= steps; k++) {
        double t = k / (double) steps;
        double s = s0 + len * t;
        double x = a.x() + (b.x() - a.x()) * t;
        double y = a.y() + (b.y() - a.y()) * t;
        if (!(i == line.size() - 1 && k == steps)) {
          double env = StrictMath.sin(Math.PI * s / total);
          double off = env * (120 * StrictMath.sin(2 * Math.PI * s / 3700 + salt)
              + 60 * StrictMath.sin(2 * Math.PI * s / 1300 + 2 * salt));
          x += nx * off;
          y += ny * off;
          out.add(new Xy(x, y));
        } else {
          out.add(b);
        }
      }
      s0 += len;
    }
    return out;
  }
}
