package dev.loopline.planner.sample;

import java.util.List;

/**
 * The hand-drawn Science City at scale 1, in kilometres east and north of 106.40 E, 29.60 N. Positions follow the
 * real places roughly (the core valley between the Jinyun and Zhongliang ridges with University Town, Xiyong,
 * Huxi and Jinfeng; Shapingba and Jiulongpo east of Zhongliang; Bishan west of Jinyun; Beibei north; Jiangjin
 * south) but every number is invented: this is a stand-in, not a survey. {@link Layout} scales it.
 */
final class Blueprint {
  private Blueprint() {}

  /** Half the width and height of the region at scale 1: 106.20-106.60 E, 29.30-29.90 N. */
  static final double HALF_WIDTH_KM = 19.3;
  static final double HALF_HEIGHT_KM = 33.3;
  static final double RIDGE_HALF_WIDTH_M = 1400;

  record T(String id, String zh, String en, double x, double y, double radiusKm, double residentsK, double jobsK,
           TownKind kind, boolean hilly) {}

  static final List<T> TOWNS = List.of(
      // The core: 重庆高新区 between the two ridges.
      new T("daxuecheng", "大学城", "Daxuecheng", -7.5, 1.0, 2.0, 220, 70, TownKind.URBAN, false),
      new T("huxi", "虎溪", "Huxi", -8.2, -2.8, 1.4, 90, 25, TownKind.URBAN, false),
      new T("xiyong", "西永", "Xiyong", -3.4, 1.6, 1.6, 110, 45, TownKind.URBAN, false),
      new T("kexuecheng", "科学城", "Kexuecheng", -4.6, -3.6, 1.4, 60, 60, TownKind.URBAN, false),
      new T("jinfeng", "金凤", "Jinfeng", -5.0, -11.0, 1.5, 80, 35, TownKind.URBAN, false),
      new T("hangu", "含谷", "Hangu", -1.6, -8.0, 1.1, 40, 20, TownKind.URBAN, false),
      new T("baishiyi", "白市驿", "Baishiyi", -7.4, -14.0, 1.2, 45, 15, TownKind.URBAN, false),
      new T("zengjia", "曾家", "Zengjia", -6.2, 6.8, 1.2, 50, 15, TownKind.URBAN, false),
      new T("chenjiaqiao", "陈家桥", "Chenjiaqiao", -4.0, 10.0, 1.3, 55, 20, TownKind.URBAN, false),
      new T("weidianyuan", "西永微电园", "Xiyong Microelectronics Park", -1.2, 5.0, 1.4, 10, 150,
          TownKind.INDUSTRIAL, false),
      // 沙坪坝 Shapingba, east of Zhongliang.
      new T("shapingba", "沙坪坝", "Shapingba", 8.2, -3.0, 2.2, 300, 150, TownKind.URBAN, true),
      new T("ciqikou", "磁器口", "Ciqikou", 6.8, 1.2, 1.1, 80, 25, TownKind.URBAN, true),
      new T("shuangbei", "双碑", "Shuangbei", 9.0, 5.0, 1.2, 70, 20, TownKind.URBAN, true),
      new T("jingkou", "井口", "Jingkou", 10.6, 9.0, 1.3, 60, 20, TownKind.URBAN, false),
      new T("xiaolongkan", "小龙坎", "Xiaolongkan", 11.4, -1.2, 1.4, 150, 60, TownKind.URBAN, true),
      // 九龙坡 Jiulongpo, south-east, with the Xipeng arm in the south.
      new T("shiqiaopu", "石桥铺", "Shiqiaopu", 10.2, -9.6, 1.5, 150, 90, TownKind.URBAN, true),
      new T("yangjiaping", "杨家坪", "Yangjiaping", 13.6, -12.2, 2.2, 280, 110, TownKind.URBAN, true),
      new T("erlang", "二郎", "Erlang", 7.4, -12.0, 1.2, 70, 45, TownKind.URBAN, false),
      new T("huayan", "华岩", "Huayan", 6.0, -16.4, 1.2, 60, 20, TownKind.URBAN, true),
      new T("taojia", "陶家", "Taojia", 3.6, -24.0, 1.0, 30, 10, TownKind.URBAN, false),
      new T("xipeng", "西彭", "Xipeng", -2.8, -28.0, 1.5, 70, 25, TownKind.URBAN, false),
      new T("xipengpark", "西彭工业园", "Xipeng Industrial Park", -4.2, -31.2, 1.2, 5, 80,
          TownKind.INDUSTRIAL, false),
      // 北碚 Beibei, north.
      new T("beibei", "北碚", "Beibei", 3.0, 25.0, 2.0, 230, 80, TownKind.URBAN, false),
      new T("caijia", "蔡家", "Caijia", 2.6, 16.4, 1.4, 90, 30, TownKind.URBAN, false),
      new T("xiema", "歇马", "Xiema", -1.6, 20.2, 1.1, 40, 12, TownKind.URBAN, false),
      new T("shuitu", "水土", "Shuitu", 13.4, 24.2, 1.3, 60, 25, TownKind.URBAN, false),
      new T("shuitupark", "水土高新园", "Shuitu Hi-tech Park", 15.2, 27.0, 1.1, 5, 50, TownKind.INDUSTRIAL, false),
      new T("shijialiang", "施家梁", "Shijialiang", 1.0, 30.2, 1.0, 30, 10, TownKind.URBAN, false),
      new T("tongjiaxi", "童家溪", "Tongjiaxi", 13.8, 15.8, 1.0, 40, 12, TownKind.URBAN, false),
      // 江津 Jiangjin, south.
      new T("shuangfu", "双福", "Shuangfu", -11.0, -22.2, 1.6, 120, 40, TownKind.URBAN, false),
      new T("shuangfupark", "双福工业园", "Shuangfu Industrial Park", -12.4, -19.4, 1.1, 5, 70,
          TownKind.INDUSTRIAL, false),
      new T("jiangjin", "江津", "Jiangjin", -12.0, -30.4, 2.0, 250, 90, TownKind.URBAN, false),
      new T("degan", "德感", "Degan", -8.6, -31.0, 1.1, 50, 20, TownKind.URBAN, false),
      // 璧山 Bishan, west of Jinyun.
      new T("bishan", "璧山", "Bishan", -16.0, 0.0, 2.0, 260, 90, TownKind.URBAN, false),
      new T("biquan", "璧泉", "Biquan", -16.6, -5.4, 1.2, 70, 20, TownKind.URBAN, false),
      new T("bishanpark", "璧山高新区", "Bishan Hi-tech Zone", -15.6, -8.6, 1.2, 5, 70, TownKind.INDUSTRIAL, false),
      new T("qinggang", "青杠", "Qinggang", -13.6, 8.2, 1.1, 40, 12, TownKind.URBAN, false),
      new T("laifeng", "来凤", "Laifeng", -17.2, -11.6, 1.0, 40, 12, TownKind.URBAN, false),
      new T("dingjia", "丁家", "Dingjia", -12.6, 18.0, 1.0, 25, 8, TownKind.URBAN, false),
      // Populated border areas without bus service (see GAPS).
      new T("zouma", "走马", "Zouma", -7.8, -18.4, 0.7, 18, 3, TownKind.GAP, false),
      new T("tuzhu", "土主", "Tuzhu", 8.2, 12.4, 0.7, 15, 3, TownKind.GAP, false),
      new T("huilongba", "回龙坝", "Huilongba", -2.6, 12.8, 0.7, 16, 3, TownKind.GAP, false),
      new T("jinyun", "缙云", "Jinyun", -14.4, -3.0, 0.7, 14, 2, TownKind.GAP, false),
      new T("tiaodeng", "跳磴", "Tiaodeng", -6.6, -25.0, 0.7, 12, 2, TownKind.GAP, false));

  /** Gap id = the id of its GAP town; radius of the stop-free disc in km; rail station inside it or null. */
  record G(String townId, double noStopRadiusKm, String station, String between) {}

  static final List<G> GAPS = List.of(
      new G("zouma", 1.0, "L7-11", "gaoxin / jiangjin / jiulongpo"),
      new G("tuzhu", 1.0, null, "shapingba / beibei"),
      new G("huilongba", 1.0, "L7-03", "gaoxin / beibei"),
      new G("jinyun", 1.0, "L15-07", "bishan / gaoxin (across Jinyun Mountain)"),
      new G("tiaodeng", 1.0, null, "jiangjin / jiulongpo"));

  /** Crest polylines, south to north, km. */
  static final double[][] JINYUN = {
      {-18.0, -HALF_HEIGHT_KM}, {-15.5, -20.0}, {-12.5, -8.0}, {-11.0, 0.0}, {-9.0, 10.0}, {-6.0, 22.0},
      {-4.0, HALF_HEIGHT_KM}};
  static final double[][] ZHONGLIANG = {
      {-0.5, -HALF_HEIGHT_KM}, {1.0, -18.0}, {2.5, -4.0}, {3.2, 4.0}, {5.5, 14.0}, {8.5, 24.0},
      {10.5, HALF_HEIGHT_KM}};

  record C(String zh, String en, String ridge, double yKm, HighwayClass clazz, boolean pass) {}

  static final List<C> CROSSINGS = List.of(
      new C("尖顶坡隧道", "Jiandingpo Tunnel", "jinyun", 1.6, HighwayClass.TRUNK, false),
      new C("来凤隧道", "Laifeng Tunnel", "jinyun", -8.0, HighwayClass.PRIMARY, false),
      new C("缙云山盘山公路", "Jinyunshan Mountain Road", "jinyun", 12.0, HighwayClass.TERTIARY, true),
      new C("大学城隧道", "Daxuecheng Tunnel", "zhongliang", -2.0, HighwayClass.TRUNK, false),
      new C("双碑隧道", "Shuangbei Tunnel", "zhongliang", 6.4, HighwayClass.PRIMARY, false),
      new C("华岩隧道", "Huayan Tunnel", "zhongliang", -12.8, HighwayClass.PRIMARY, false),
      new C("歌乐山盘山公路", "Geleshan Mountain Road", "zhongliang", 2.8, HighwayClass.TERTIARY, true),
      new C("蔡家隧道", "Caijia Tunnel", "zhongliang", 15.6, HighwayClass.PRIMARY, false),
      new C("北碚隧道", "Beibei Tunnel", "zhongliang", 21.0, HighwayClass.PRIMARY, false),
      new C("陶家隧道", "Taojia Tunnel", "zhongliang", -24.8, HighwayClass.PRIMARY, false));

  /** Hiking trails over the ridges (footways with steps), by ridge and row, km. */
  record Trail(String zh, String en, String ridge, double yKm) {}

  static final List<Trail> TRAILS = List.of(
      new Trail("缙云山登山步道", "Jinyunshan Trail", "jinyun", -1.2),
      new Trail("缙云山北坡步道", "Jinyunshan North Trail", "jinyun", 9.0),
      new Trail("歌乐山步道", "Geleshan Trail", "zhongliang", 0.4),
      new Trail("中梁山步道", "Zhongliangshan Trail", "zhongliang", -9.2));

  record M(String zh, String en, String ref, double[][] km) {}

  static final List<M> MOTORWAYS = List.of(
      new M("成渝高速", "Chengyu Expressway", "G85", new double[][] {
          {-HALF_WIDTH_KM, -2.0}, {-14.0, -1.4}, {-11.0, -0.9}, {-6.0, -0.2}, {-1.0, 0.4}, {3.0, 0.7},
          {8.0, 2.0}, {13.0, 2.6}, {HALF_WIDTH_KM, 3.0}}),
      new M("绕城高速", "Chongqing Ring Expressway", "G5001", new double[][] {
          {1.8, HALF_HEIGHT_KM}, {0.8, 26.0}, {-0.4, 17.0}, {-1.8, 8.0}, {-0.6, -1.0}, {-1.4, -12.0},
          {-3.6, -20.0}, {-5.4, -HALF_HEIGHT_KM}}));

  /** A station: position in km, or {@code sameAs} another line's station (an interchange). */
  record S(String id, String zh, String en, double x, double y, String sameAs) {
    static S at(String id, String zh, String en, double x, double y) {
      return new S(id, zh, en, x, y, null);
    }

    static S same(String id, String other) {
      return new S(id, null, null, 0, 0, other);
    }
  }

  record L(String number, String color, String textColor, int peak, int offPeak, List<S> stations) {}

  static final List<L> RAIL = List.of(
      new L("7", "F5A200", "000000", 4, 8, List.of(
          S.at("L7-01", "北碚", "Beibei", 3.4, 25.4),
          S.at("L7-02", "歇马", "Xiema", -1.2, 20.0),
          S.at("L7-03", "回龙坝", "Huilongba", -2.4, 13.5),
          S.at("L7-04", "陈家桥", "Chenjiaqiao", -4.3, 10.4),
          S.at("L7-05", "曾家", "Zengjia", -5.9, 6.9),
          S.at("L7-06", "西永", "Xiyong", -3.6, 2.2),
          S.at("L7-07", "科学城", "Kexuecheng", -4.6, -3.2),
          S.at("L7-08", "高新园", "Gaoxinyuan", -3.6, -7.2),
          S.at("L7-09", "金凤", "Jinfeng", -5.0, -10.6),
          S.at("L7-10", "白市驿", "Baishiyi", -6.9, -14.2),
          S.at("L7-11", "走马", "Zouma", -7.4, -17.9),
          S.at("L7-12", "双福", "Shuangfu", -10.6, -21.8),
          S.at("L7-13", "江津北", "Jiangjin North", -10.8, -26.4),
          S.at("L7-14", "江津", "Jiangjin", -12.0, -30.0))),
      new L("15", "7B3FA0", "FFFFFF", 4, 8, List.of(
          S.at("L15-01", "杨家坪", "Yangjiaping", 13.4, -11.8),
          S.at("L15-02", "石桥铺", "Shiqiaopu", 10.2, -9.2),
          S.at("L15-03", "二郎", "Erlang", 7.2, -11.6),
          S.at("L15-04", "含谷", "Hangu", -1.2, -7.0),
          S.same("L15-05", "L7-07"),
          S.at("L15-06", "虎溪", "Huxi", -8.2, -2.4),
          S.at("L15-07", "缙云", "Jinyun", -13.9, -3.6),
          S.at("L15-08", "璧泉", "Biquan", -16.5, -5.6),
          S.at("L15-09", "来凤", "Laifeng", -17.4, -10.8))),
      new L("1", "E4002B", "FFFFFF", 5, 8, List.of(
          S.at("L1-01", "小龙坎", "Xiaolongkan", 11.4, -1.4),
          S.at("L1-02", "沙坪坝", "Shapingba", 8.2, -3.2),
          S.at("L1-03", "磁器口", "Ciqikou", 6.6, 1.0),
          S.at("L1-04", "微电园", "Weidianyuan", -1.2, 3.8),
          S.same("L1-05", "L7-06"),
          S.at("L1-06", "大学城", "Daxuecheng", -7.6, 1.4),
          S.at("L1-07", "璧山", "Bishan", -15.8, 0.4),
          S.at("L1-08", "璧山西", "Bishan West", -18.6, 1.2))),
      new L("17", "00A0DC", "FFFFFF", 7, 12, List.of(
          S.at("L17-01", "井口", "Jingkou", 10.6, 9.2),
          S.at("L17-02", "双碑", "Shuangbei", 8.8, 4.8),
          S.at("L17-03", "赖家桥", "Laijiaqiao", 0.8, 6.6),
          S.same("L17-04", "L7-05"),
          S.at("L17-05", "大学城北", "Daxuecheng North", -8.0, 4.6))),
      new L("19", "4CAF50", "FFFFFF", 6, 10, List.of(
          S.at("L19-01", "水土", "Shuitu", 13.2, 24.0),
          S.at("L19-02", "童家溪", "Tongjiaxi", 13.6, 15.6),
          S.same("L19-03", "L17-01"),
          S.same("L19-04", "L17-02"),
          S.at("L19-05", "石井坡", "Shijingpo", 9.8, 1.4),
          S.same("L19-06", "L1-01"),
          S.same("L19-07", "L15-02"),
          S.same("L19-08", "L15-01"))),
      new L("27", "D6006F", "FFFFFF", 8, 12, List.of(
          S.at("L27-01", "青杠", "Qinggang", -13.4, 8.2),
          S.same("L27-02", "L17-05"),
          S.same("L27-03", "L7-05"),
          S.same("L27-04", "L7-04"),
          S.at("L27-05", "蔡家", "Caijia", 2.4, 16.8),
          S.same("L27-06", "L19-02"))));

  /** District borders that are not ridge crests: control points in km, joined with a gentle wobble. */
  static final double[][] BISHAN_JIANGJIN = {{-HALF_WIDTH_KM, -14.6}, {-17.0, -15.2}};
  static final double[][] GAOXIN_JIANGJIN = {{-10.0, -16.3}, {-7.0, -16.9}};
  static final double[][] GAOXIN_JIULONGPO = {{-1.5, -15.0}, {0.6, -13.2}};
  static final double[][] JIANGJIN_JIULONGPO = {{-4.8, -21.0}, {-5.6, -26.0}, {-6.6, -30.0}, {-7.5, -HALF_HEIGHT_KM}};
  static final double[][] SHAPINGBA_JIULONGPO = {{6.0, -6.4}, {10.0, -6.0}, {14.5, -6.6}, {HALF_WIDTH_KM, -6.2}};
  static final double[][] GAOXIN_BEIBEI = {{-4.5, 14.4}, {-1.0, 13.9}, {2.5, 14.3}};
  static final double[][] SHAPINGBA_BEIBEI = {{9.0, 13.6}, {13.0, 12.4}, {16.0, 12.0}, {HALF_WIDTH_KM, 11.8}};
  /** Junctions on the ridges (y in km) and in the valley (x, y in km). */
  static final double T1_JINYUN_Y = -16.0;
  static final double[] T2 = {-4.0, -17.5};
  static final double GAOXIN_JIULONGPO_RIDGE_Y = -12.0;
  static final double T3_ZHONGLIANG_Y = -7.0;
  static final double T4_ZHONGLIANG_Y = 14.0;
  static final double T5_JINYUN_Y = 14.0;

  /** A point inside each district, to tell the faces apart. */
  static final double[][] DISTRICT_SEEDS = {
      {-4.0, 0.0}, {10.0, 0.0}, {10.0, -15.0}, {0.0, 25.0}, {-12.0, -26.0}, {-17.0, 5.0}};

  static final List<ProposalPlan> PROPOSALS = List.of(
      new ProposalPlan("SC-L1", "科学城环线1号", "Science City Loop 1", "gaoxin", "L15-06", "zouma", "L7-11", false),
      new ProposalPlan("SC-L2", "科学城环线2号", "Science City Loop 2", "bishan", "L15-07", "jinyun", "L7-06", false),
      new ProposalPlan("SC-L3", "科学城环线3号", "Science City Loop 3", "beibei", "L7-03", "huilongba", "L27-05",
          false),
      new ProposalPlan("SC-L4", "科学城环线4号", "Science City Loop 4", "shapingba", "L17-01", "tuzhu", "L27-06",
          true));
}
