package io.parley;

import static java.util.Objects.requireNonNull;

import io.parley.model.Agreement;
import io.parley.model.Entity;
import io.parley.model.Event;
import io.parley.model.Meeting;
import io.parley.model.PartialDate;
import io.parley.model.Place;
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
   * @param title the one-line description, with the names a reader knows (see {@link
   *     Parley#timeline(String, String)})
   * @since 0.1.0
   */
  record MeetingEntry(Meeting meeting, String title) implements TimelineEntry {
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
     * An entry titled with ids only, as when no dataset is at hand to name them: the format, place and round, such as "two-plus-two in Tokyo (round 2)".
     *
     * @param meeting the meeting
     * @since 0.1.0
     */
    public MeetingEntry(Meeting meeting) {
      this(meeting, defaultTitle(meeting));
    }

    /**
     * The entry, checked.
     *
     * @param meeting the meeting
     * @param title the title
     * @since 0.1.0
     */
    public MeetingEntry {
      requireNonNull(meeting, "meeting");
      requireNonNull(title, "title");
    }

    private static String defaultTitle(Meeting meeting) {
      StringBuilder b = new StringBuilder(meeting.format().id());
      meeting.place().flatMap(Place::city).ifPresent(c -> b.append(" in ").append(c));
      meeting.number().ifPresent(n -> b.append(" (round ").append(n).append(')'));
      meeting.occasion().ifPresent(o -> b.append(", ").append(o));
      return b.toString();
    }
  }

  /**
   * An agreement to which both countries are parties.
   *
   * @param agreement the agreement
   * @param title the one-line description, with the names a reader knows (see {@link
   *     Parley#timeline(String, String)})
   * @since 0.1.0
   */
  record AgreementEntry(Agreement agreement, String title) implements TimelineEntry {
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
     * An entry titled with ids only, as when no dataset is at hand to name them: "signed: " and the title.
     *
     * @param agreement the agreement
     * @since 0.1.0
     */
    public AgreementEntry(Agreement agreement) {
      this(agreement, defaultTitle(agreement));
    }

    /**
     * The entry, checked.
     *
     * @param agreement the agreement
     * @param title the title
     * @since 0.1.0
     */
    public AgreementEntry {
      requireNonNull(agreement, "agreement");
      requireNonNull(title, "title");
    }

    private static String defaultTitle(Agreement agreement) {
      return "signed: " + agreement.title();
    }
  }

  /**
   * A position of one of the countries, stated at a meeting between them or on a territory both
   * claim.
   *
   * @param position the position
   * @param title the one-line description, with the names a reader knows (see {@link
   *     Parley#timeline(String, String)})
   * @since 0.1.0
   */
  record PositionEntry(Position position, String title) implements TimelineEntry {
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
     * An entry titled with ids only, as when no dataset is at hand to name them: the holder's country, the stance and the summary.
     *
     * @param position the position
     * @since 0.1.0
     */
    public PositionEntry(Position position) {
      this(position, defaultTitle(position));
    }

    /**
     * The entry, checked.
     *
     * @param position the position
     * @param title the title
     * @since 0.1.0
     */
    public PositionEntry {
      requireNonNull(position, "position");
      requireNonNull(title, "title");
    }

    private static String defaultTitle(Position position) {
      return position.holder().country().orElse("?") + " " + position.stance().id() + ": "
          + position.summary();
    }
  }

  /**
   * The start of one country's claim to a territory both claim.
   *
   * @param claim the claim
   * @param title the one-line description, with the names a reader knows (see {@link
   *     Parley#timeline(String, String)})
   * @since 0.1.0
   */
  record ClaimEntry(TerritorialClaim claim, String title) implements TimelineEntry {
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
     * An entry titled with ids only, as when no dataset is at hand to name them: who claims what.
     *
     * @param claim the claim
     * @since 0.1.0
     */
    public ClaimEntry(TerritorialClaim claim) {
      this(claim, defaultTitle(claim));
    }

    /**
     * The entry, checked.
     *
     * @param claim the claim
     * @param title the title
     * @since 0.1.0
     */
    public ClaimEntry {
      requireNonNull(claim, "claim");
      requireNonNull(title, "title");
    }

    private static String defaultTitle(TerritorialClaim claim) {
      return claim.claimant() + " claims " + claim.territory() + " (" + claim.status().id() + ")";
    }
  }

  /**
   * An event that involved both countries.
   *
   * @param event the event
   * @param title the one-line description, with the names a reader knows (see {@link
   *     Parley#timeline(String, String)})
   * @since 0.1.0
   */
  record EventEntry(Event event, String title) implements TimelineEntry {
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
     * An entry titled with ids only, as when no dataset is at hand to name them: the event's title.
     *
     * @param event the event
     * @since 0.1.0
     */
    public EventEntry(Event event) {
      this(event, defaultTitle(event));
    }

    /**
     * The entry, checked.
     *
     * @param event the event
     * @param title the title
     * @since 0.1.0
     */
    public EventEntry {
      requireNonNull(event, "event");
      requireNonNull(title, "title");
    }

    private static String defaultTitle(Event event) {
      return event.title();
    }
  }
}
