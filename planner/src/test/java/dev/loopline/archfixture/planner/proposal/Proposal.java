package dev.loopline.archfixture.planner.proposal;

/** A class for planted violations to point at. */
public class Proposal {}
