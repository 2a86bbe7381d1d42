package io.parley;

import io.parley.model.Agreement;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Meeting;
import io.parley.model.PartialDate;
import io.parley.model.Position;
import io.parley.model.TerritorialClaim;

/**
 * One entry of a {@linkplain Parley#timeline(String, String) timeline} between two countries: a
 * meeting, an agreement, a position, the start of a claim, or an event. The set of entry types is
 * closed, so a {@code switch} over them (or a chain of {@code instanceof}) can be complete.
 *
 * <pre>{@code
 * for (TimelineEntry e : parley.timeline("JP", "RU")) {
 *   System.out.println(e.date() + "  " + e.title());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface TimelineEntry
    permits TimelineEntry.MeetingEntry,
        TimelineEntry.AgreementEntry,
        TimelineEntry.PositionEntry,
        TimelineEntry.ClaimEntry,
        TimelineEntry.EventEntry {

  /**
   * When: a meeting's or event's first date, an agreement's signing, a position's date, a claim's
   * start.
   *
   * @return the date
   * @since 0.1.0
   */
  PartialDate date();

  /**
   * The record the entry is about.
   *
   * @return the record
   * @since 0.1.0
   */
  Entity record();

  /**
   * A one-line description for display.
   *
   * @return the title
   * @since 0.1.0
   */
  String title();

  /**
   * A meeting between the two countries.
   *
   * @param meeting the meeting
   * @since 0.1.0
   */
  record MeetingEntry(Meeting meeting) implements TimelineEntry {
    /**
     * The meeting's first date.
     *
     * @return the date
     * @since 0.1.0
     */
    @Override
    public PartialDate date() {
      return meeting.span().start();
    }

    /**
     * The meeting.
     *
     * @return the meeting
     * @since 0.1.0
     */
    @Override
    public Entity record() {
      return meeting;
    }

    /**
     * The format, place and round, such as "two-plus-two in Tokyo (round 2)".
     *
     * @return the title
     * @since 0.1.0
     */
    @Override
    public String title() {
      StringBuilder b = new StringBuilder(meeting.format().id());
      meeting.place().city().ifPresent(c -> b.append(" in ").append(c));
      meeting.number().ifPresent(n -> b.append(" (round ").append(n).append(')'));
      meeting.occasion().ifPresent(o -> b.append(", ").append(o));
      return b.toString();
    }
  }

  /**
   * An agreement to which both countries are parties.
   *
   * @param agreement the agreement
   * @since 0.1.0
   */
  record AgreementEntry(Agreement agreement) implements TimelineEntry {
    /**
     * The date of signing.
     *
     * @return the date
     * @since 0.1.0
     */
    @Override
    public PartialDate date() {
      return agreement.signed();
    }

    /**
     * The agreement.
     *
     * @return the agreement
     * @since 0.1.0
     */
    @Override
    public Entity record() {
      return agreement;
    }

    /**
     * "signed: " and the title.
     *
     * @return the title
     * @since 0.1.0
     */
    @Override
    public String title() {
      return "signed: " + agreement.title();
    }
  }

  /**
   * A position of one of the countries, stated at a meeting between them or on a territory both
   * claim.
   *
   * @param position the position
   * @since 0.1.0
   */
  record PositionEntry(Position position) implements TimelineEntry {
    /**
     * The position's date.
     *
     * @return the date
     * @since 0.1.0
     */
    @Override
    public PartialDate date() {
      return position.date();
    }

    /**
     * The position.
     *
     * @return the position
     * @since 0.1.0
     */
    @Override
    public Entity record() {
      return position;
    }

    /**
     * The holder's country, the stance and the summary.
     *
     * @return the title
     * @since 0.1.0
     */
    @Override
    public String title() {
      return position.holder().country().orElse("?") + " " + position.stance().id() + ": "
          + position.summary();
    }
  }

  /**
   * The start of one country's claim to a territory both claim.
   *
   * @param claim the claim
   * @since 0.1.0
   */
  record ClaimEntry(TerritorialClaim claim) implements TimelineEntry {
    /**
     * The claim's start.
     *
     * @return the date
     * @since 0.1.0
     */
    @Override
    public PartialDate date() {
      return claim.span().start();
    }

    /**
     * The claim.
     *
     * @return the claim
     * @since 0.1.0
     */
    @Override
    public Entity record() {
      return claim;
    }

    /**
     * Who claims what.
     *
     * @return the title
     * @since 0.1.0
     */
    @Override
    public String title() {
      return claim.claimant() + " claims " + claim.territory() + " (" + claim.status().id() + ")";
    }
  }

  /**
   * An event that involved both countries.
   *
   * @param event the event
   * @since 0.1.0
   */
  record EventEntry(Event event) implements TimelineEntry {
    /**
     * The event's first date.
     *
     * @return the date
     * @since 0.1.0
     */
    @Override
    public PartialDate date() {
      return event.span().start();
    }

    /**
     * The event.
     *
     * @return the event
     * @since 0.1.0
     */
    @Override
    public Entity record() {
      return event;
    }

    /**
     * The event's title.
     *
     * @return the title
     * @since 0.1.0
     */
    @Override
    public String title() {
      return event.title();
    }
  }
}
