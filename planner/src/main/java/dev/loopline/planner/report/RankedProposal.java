package dev.loopline.planner.report;

import dev.loopline.planner.score.ProposalScore;

/**
 * A proposal's place in the ranking. Proposals are ranked by subsidy per newly covered resident, lowest first
 * (public money per person brought within walking distance of transit); a proposal that covers nobody new ranks
 * after all that do, by lower subsidy; ties by id.
 */
public record RankedProposal(int rank, ProposalScore score) {}
