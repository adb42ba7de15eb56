package dev.loopline.planner.proposal;

/** The bus a proposal runs: a type label ({@code 12m}, {@code 8m}, ...) and the places it offers (seated + standing). */
public record Vehicle(String type, int capacity) {}
