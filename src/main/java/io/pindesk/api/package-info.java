/**
 * The Pinterest REST API v5 client: {@link io.pindesk.api.PinterestClient} for boards, sections, pins and the user
 * account; {@link io.pindesk.api.OAuthClient} for the token endpoint; the {@link io.pindesk.api.ApiException}
 * hierarchy; bookmark paging ({@link io.pindesk.api.Listing}); and the resilience policy.
 *
 * <h2>Threading</h2>
 * Every call blocks: on the network, on the shared {@link io.pindesk.api.Pacer}s and on retry backoff (a 429's
 * Retry-After is waited up to {@link io.pindesk.api.RetryPolicy#maxRetryAfter()}, 60 s by default). Callers run
 * the client on I/O executors and hop back to the UI with their own helper; nothing here may run on the JavaFX
 * Application Thread. The clients are thread-safe and meant to be shared.
 *
 * <h2>Policy</h2>
 * <ul>
 *   <li>HttpClient 5 with automatic retries, redirects and cookies disabled; explicit connect, response,
 *       connection-request timeouts plus an overall deadline per exchange ({@link io.pindesk.api.HttpSettings});
 *       one pooled client per host ({@link io.pindesk.api.HostClients}).</li>
 *   <li>GET/DELETE: retried on 5xx, 429 and I/O failures with capped exponential backoff and jitter.
 *       POST/PATCH: sent once; a failure after sending is an {@link io.pindesk.api.UnknownOutcomeException}
 *       (reconcile a pin create with {@link io.pindesk.api.PinterestClient#findCreatedPin}); a failure to
 *       connect is a plain {@link io.pindesk.api.NetworkException} and may be retried.</li>
 *   <li>One pacer per rate-limit category ({@code org_read}, {@code org_write}) bounds concurrency, spaces
 *       writes, and holds the whole category back during a 429's Retry-After. Create one
 *       {@link io.pindesk.api.Pacers} per application and pass it to every client.</li>
 *   <li>401 (other than code 3): the {@link io.pindesk.api.AccessTokenSource} is asked once for a fresher token and
 *       the request is repeated once, only if the token changed.</li>
 *   <li>Replies are parsed as streams with a size cap; anything not shaped as documented is a
 *       {@link io.pindesk.api.MalformedResponseException}. Exceptions carry the HTTP status, Pinterest's code,
 *       its sanitised message and {@code x-pinterest-rid}; never tokens or raw bodies.</li>
 * </ul>
 *
 * <p>Video pins need the {@code /media} upload ({@link io.pindesk.api.MediaUploads}), which is not implemented yet.
 */
package io.pindesk.api;
