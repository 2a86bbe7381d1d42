package io.parley.io;

import com.google.common.collect.ImmutableList;

/**
 * The CAMEO event codes of the 04 cue category, CONSULT, with the names the CAMEO codebook gives
 * them. {@link EventExport} codes meetings with the first five; {@link #MEDIATE} and {@link
 * #ENGAGE_IN_NEGOTIATION} complete the category and are not produced, because the dataset records
 * that a meeting took place and not whether its talks were a mediation or a negotiation.
 *
 * <p>Sources: P. A. Schrodt, <i>CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook</i>, version 1.1b3 (2012), {@code http://eventdata.parusanalytics.com/data.dir/cameo.html};
 * the list of CAMEO event codes reproduced in the PLOVER codebook (Open Event Data Alliance,
 * {@code https://github.com/openeventdata/PLOVER}, {@code PLOVER_MANUAL.tex}, chapter "CAMEO
 * event codes").
 *
 * @since 0.1.0
 */
public enum CameoCode {
  /** 040: Consult, not specified below. */
  CONSULT("040", "Consult, not specified below"),

  /** 041: Discuss by telephone. */
  DISCUSS_BY_TELEPHONE("041", "Discuss by telephone"),

  /** 042: Make a visit; the source actor is the visitor, the target the host. */
  MAKE_A_VISIT("042", "Make a visit"),

  /** 043: Host a visit; the source actor is the host, the target the visitor. */
  HOST_A_VISIT("043", "Host a visit"),

  /** 044: Meet at a "third" location, in neither actor's country. */
  MEET_AT_THIRD_LOCATION("044", "Meet at a \"third\" location"),

  /** 045: Mediate; not produced by {@link EventExport}. */
  MEDIATE("045", "Mediate"),

  /** 046: Engage in negotiation; not produced by {@link EventExport}. */
  ENGAGE_IN_NEGOTIATION("046", "Engage in negotiation");

  private final String code;
  private final String label;

  CameoCode(String code, String label) {
    this.code = code;
    this.label = label;
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
