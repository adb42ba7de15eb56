/**
 * The web application: a Spring Boot server over the planner's application layer ({@code dev.loopline.planner.app}).
 * This package holds the Spring Boot application ({@link dev.loopline.web.LooplineWebApplication}), the network it
 * serves ({@link dev.loopline.web.NetworkConfiguration}) and the launcher's entry ({@link dev.loopline.web.LooplineWebMain}:
 * {@code serve}, and {@code demo} that ends by serving). REST controllers live in {@code web.api}; see
 * {@code web/README.md} for the packages and the API.
 */
package dev.loopline.web;
