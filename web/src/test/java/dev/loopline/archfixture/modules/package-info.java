/**
 * A deliberately broken miniature of the module layout (test sources only): each class named {@code Sees...} breaks
 * one rule of {@code dev.loopline.web.ModuleRules}, {@code gtfs.cycle.x}/{@code gtfs.cycle.y} form a package cycle, and the other
 * classes are lawful uses the rules must let pass. {@code ModuleRulesCatchViolationsTest} runs the rules over it.
 */
package dev.loopline.archfixture.modules;
