/**
 * A deliberately broken miniature of the planner's package layout (test sources only): each class named
 * {@code Sees...} breaks one package rule of {@code dev.loopline.planner.PlannerRules}, and {@code cycle.a}/{@code
 * cycle.b} form a package cycle. {@code PlannerRulesCatchViolationsTest} runs the rules over it and expects each to
 * fail, naming the planted class. Nothing else imports these classes.
 */
package dev.loopline.archfixture.planner;
