/**
 * Ideas: the backlog of improvement ideas that case outcomes, staff and improvement meetings
 * feed, and that the improvement cycle turns into done and evaluated changes.
 *
 * <p>Owns the tables {@code idea}, {@code improvement_cycle}, {@code idea_case},
 * {@code idea_event}, {@code idea_evaluation}, {@code idea_member}, {@code idea_vote},
 * {@code cycle_agenda_item} and {@code cycle_choice}. Read in SQL by {@code metrics} ({@code idea}
 * and {@code idea_evaluation}, for the idea funnel). A cycle's top root causes come from
 * {@link io.closedloop.ideas.ResolvedRootCauses}, which {@code cases} implements.
 */
package io.closedloop.ideas;
