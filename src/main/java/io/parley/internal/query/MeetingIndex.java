package io.parley.internal.query;


import io.parley.model.DateSpan;
import io.parley.model.Meeting;
import io.parley.model.Participant;
import io.parley.model.Session;

/** The meeting indexes. */
public final class MeetingIndex {
  public final Postings byCountry;
  public final Postings byPair;
  public final Postings byFormat;
  public final Postings byHost;
  public final Postings byPerson;
  public final Postings byTopic;
  public final Postings bySeries;
  public final long[] start;
  public final long[] end;
  public final long longestDays;

  public MeetingIndex(Table<Meeting> meetings) {
    Postings.Builder country = new Postings.Builder();
    Postings.Builder pair = new Postings.Builder();
    Postings.Builder format = new Postings.Builder();
    Postings.Builder host = new Postings.Builder();
    Postings.Builder person = new Postings.Builder();
    Postings.Builder topic = new Postings.Builder();
    Postings.Builder series = new Postings.Builder();
    start = new long[meetings.size()];
    end = new long[meetings.size()];
    long longest = 0;
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.records.get(i);
      country.add(m.parties().get(0), i);
      country.add(m.parties().get(1), i);
      pair.add(Indexes.pair(m.parties().get(0), m.parties().get(1)), i);
      format.add(m.format().id(), i);
      if (m.host().isPresent()) {
        host.add(m.host().get(), i);
      }
      for (Session s : m.sessions()) {
        for (Participant p : s.participants()) {
          person.add(p.person(), i);
        }
      }
      for (String t : m.topics()) {
        topic.add(t, i);
      }
      if (m.series().isPresent()) {
        series.add(m.series().get(), i);
      }
      DateSpan span = m.span();
      start[i] = span.firstDay().toEpochDay();
      end[i] = span.lastDay().orElseThrow().toEpochDay();
      longest = Math.max(longest, end[i] - start[i]);
    }
    longestDays = longest;
    byCountry = country.build();
    byPair = pair.build();
    byFormat = format.build();
    byHost = host.build();
    byPerson = person.build();
    byTopic = topic.build();
    bySeries = series.build();
  }
}
