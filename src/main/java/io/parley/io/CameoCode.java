package io.parley.io;

import com.google.common.collect.ImmutableList;

/**
 * The CAMEO event codes of the 04 cue category, CONSULT, with the names the CAMEO codebook gives
 * them, their Goldstein scores and their quad class. {@link EventExport} codes meetings with the
 * first five; {@link #MEDIATE} and {@link #ENGAGE_IN_NEGOTIATION} complete the category and are not
 * produced, because the dataset records that a meeting took place and not whether its talks were
 * a mediation or a negotiation.
 *
 * <table class="striped">
 * <caption>The codes, their Goldstein scores and quad class</caption>
 * <thead>
 * <tr><th scope="col">code</th><th scope="col">name</th><th scope="col">Goldstein</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">040</th><td>Consult, not specified below</td><td>1.0</td></tr>
 * <tr><th scope="row">041</th><td>Discuss by telephone</td><td>1.0</td></tr>
 * <tr><th scope="row">042</th><td>Make a visit</td><td>1.9</td></tr>
 * <tr><th scope="row">043</th><td>Host a visit</td><td>2.8</td></tr>
 * <tr><th scope="row">044</th><td>Meet at a "third" location</td><td>2.5</td></tr>
 * <tr><th scope="row">045</th><td>Mediate</td><td>5.0</td></tr>
 * <tr><th scope="row">046</th><td>Engage in negotiation</td><td>7.0</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Every code has the root code {@code 04} and quad class 1, verbal cooperation (the CAMEO cue
 * categories 01 to 05).
 *
 * <p>Sources: P. A. Schrodt, <i>CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook</i>, version 1.1b3 (2012), {@code http://eventdata.parusanalytics.com/data.dir/cameo.html},
 * codes 040 to 046, as tabulated with their Goldstein scores in the ICEWS tools' {@code
 * data-raw/cameo-codes.csv} (GitHub {@code andybega/icews}, commit c954894, rows such as {@code
 * "Make a visit","042",1.9}, {@code "Host a visit","043",2.8} and {@code "Meet at a 'third'
 * location","044",2.5}) and in the GDELT Project's lookup file {@code CAMEO.goldsteinscale.txt}
 * (read in a copy, GitHub {@code mpiccirilli/UNDP-BCPR-Project}, commit 08d29bb, tab-separated
 * lines {@code 040 1.0}, {@code 041 1.0}, {@code 042 1.9}, {@code 043 2.8}, {@code 044 2.5},
 * {@code 045 5.0}, {@code 046 7.0}), which agree; the quad classes as the GDELT event codebook numbers them ("1=Verbal Cooperation,
 * 2=Material Cooperation, 3=Verbal Conflict, 4=Material Conflict") and the ICEWS tools assign them
 * to root codes ({@code data-raw/clean-data.R}: root codes 1 to 5 are "verbal cooperation"), as
 * PLOVER does CONSULT (PLOVER manual, draft 2.0, "CONSULT": "Quad category: VERBAL COOPERATION";
 * table "Quad categories in PLOVER": 1).
 *
 * @since 0.1.0
 */
public enum CameoCode {
  /** 040: Consult, not specified below; Goldstein 1.0. */
  CONSULT("040", "Consult, not specified below", 1.0),

  /** 041: Discuss by telephone; Goldstein 1.0. */
  DISCUSS_BY_TELEPHONE("041", "Discuss by telephone", 1.0),

  /** 042: Make a visit; the source actor is the visitor, the target the host; Goldstein 1.9. */
  MAKE_A_VISIT("042", "Make a visit", 1.9),

  /** 043: Host a visit; the source actor is the host, the target the visitor; Goldstein 2.8. */
  HOST_A_VISIT("043", "Host a visit", 2.8),

  /** 044: Meet at a "third" location, in neither actor's country; Goldstein 2.5. */
  MEET_AT_THIRD_LOCATION("044", "Meet at a \"third\" location", 2.5),

  /** 045: Mediate; Goldstein 5.0; not produced by {@link EventExport}. */
  MEDIATE("045", "Mediate", 5.0),

  /** 046: Engage in negotiation; Goldstein 7.0; not produced by {@link EventExport}. */
  ENGAGE_IN_NEGOTIATION("046", "Engage in negotiation", 7.0);

  private final String code;
  private final String label;
  private final double goldstein;

  CameoCode(String code, String label, double goldstein) {
    this.code = code;
    this.label = label;
    this.goldstein = goldstein;
  }

  /**
   * The root code, the cue category: {@code "04"}, CONSULT, for every code here.
   *
   * @return the first two digits of the code
   * @since 0.1.0
   */
  public String rootCode() {
    return code.substring(0, 2);
  }

  /**
   * The quad class: 1 (verbal cooperation) for every code here, as for all of CAMEO's cue
   * categories 01 to 05.
   *
   * @return 1
   * @since 0.1.0
   */
  public int quadClass() {
    return 1;
  }

  /**
   * The code's score on the Goldstein conflict-cooperation scale as CAMEO extends it (from -10,
   * most conflictual, to +10, most cooperative): 1.9 for {@link #MAKE_A_VISIT}, 2.8 for {@link
   * #HOST_A_VISIT}.
   *
   * @return the score
   * @since 0.1.0
   */
  public double goldstein() {
    return goldstein;
  }

  /**
   * The three-digit code, such as {@code "042"}: text, because its leading zero matters.
   *
   * @return the code
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * The codebook's name for the code, such as {@code "Make a visit"}.
   *
   * @return the name
   * @since 0.1.0
   */
  public String label() {
    return label;
  }

  /**
   * Every code of the category, in order.
   *
   * @return the codes
   * @since 0.1.0
   */
  public static ImmutableList<CameoCode> all() {
    return ImmutableList.copyOf(values());
  }
}
