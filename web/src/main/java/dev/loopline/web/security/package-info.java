/**
 * Who may do what: residents plan trips and view the public network without signing in; creating or changing
 * proposals, running evaluations and comparisons, merges, uploads and exports need a signed-in user with the role
 * {@code planner} or {@code operator}. Accounts come from a users file (bcrypt hashes) or, for the demo, are made up
 * at start and printed. The browser signs in with a form (session cookie, CSRF token in the {@code XSRF-TOKEN}
 * cookie echoed as {@code X-XSRF-TOKEN}); API clients may send HTTP Basic. Refusals are problem details: 401 when
 * not signed in, 403 for a wrong role, a missing CSRF token or another team's private proposal; 413 for a body over
 * the limit.
 */
package dev.loopline.web.security;
