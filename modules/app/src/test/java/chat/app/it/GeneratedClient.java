package chat.app.it;

import java.net.http.HttpClient;
import java.time.Duration;

import chat.client.ApiClient;

/**
 * The Java client generated from {@code docs/openapi.json} (module {@code modules/api-client}),
 * pointed at the test server: what a company's developer gets from the published document. A test
 * that calls the server through it breaks when a change breaks generated clients.
 */
final class GeneratedClient {

    private GeneratedClient() {
    }

    /** A client that sends no credentials (registration, login). */
    static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE);
        client.setHttpClientBuilder(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    /** A client that calls as the user whose token this is. */
    static ApiClient as(Api.TestUser user) {
        return withHeader("Authorization", "Bearer " + user.token());
    }

    /** A client that calls as the operator. */
    static ApiClient operator() {
        return withHeader("X-Api-Key", System.getProperty("chat.it.adminKey"));
    }

    private static ApiClient withHeader(String name, String value) {
        ApiClient client = anonymous();
        client.setRequestInterceptor(request -> request.header(name, value));
        return client;
    }
}
