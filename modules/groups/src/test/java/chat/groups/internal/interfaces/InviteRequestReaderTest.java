package chat.groups.internal.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.jboss.resteasy.mock.MockDispatcherFactory;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.Dispatcher;
import org.junit.jupiter.api.Test;

import chat.platform.rest.ChatExceptionMapper;
import chat.platform.rest.RecordBodyReader;
import chat.testing.RequestBodies;
import chat.platform.rest.WebApplicationExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An invite's optional body, read by RESTEasy (the runtime Liberty is built on) with the platform's
 * reader beside this one: with no Content-Type, a wrong one, or a blank body, it is read as the
 * endpoint always read it, while every other record keeps the platform's rules.
 */
class InviteRequestReaderTest {

    /** Another request record, read by the platform's reader alone. */
    public record Other(String userId) {
    }

    /** An endpoint as {@code MemberResource.invite} takes its body, and one that takes another record. */
    @Path("/")
    @Produces(MediaType.TEXT_PLAIN)
    public static class Endpoints {

        @POST
        @Path("invite")
        @Consumes(MediaType.WILDCARD)
        public String invite(InviteRequest body) {
            return body == null ? "no body" : "ttlHours=" + body.ttlHours();
        }

        @POST
        @Path("other")
        @Consumes(MediaType.APPLICATION_JSON)
        public String other(Other body) {
            return "userId=" + body.userId();
        }
    }

    private final Dispatcher dispatcher = dispatcher();

    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = MockDispatcherFactory.createDispatcher();
        var providers = dispatcher.getProviderFactory();
        // The platform's reader first: this one wins by its priority, not by the order of registration.
        providers.registerProviderInstance(RequestBodies.withValidator(new RecordBodyReader()));
        providers.registerProviderInstance(RequestBodies.withValidator(new InviteRequestReader()));
        providers.registerProviderInstance(new ChatExceptionMapper());
        providers.registerProviderInstance(new WebApplicationExceptionMapper());
        dispatcher.getRegistry().addSingletonResource(new Endpoints());
        return dispatcher;
    }

    private String post(String path, String contentType, String body) throws Exception {
        MockHttpRequest request = MockHttpRequest.post(path).content(body.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            request.contentType(contentType);
        }
        MockHttpResponse response = new MockHttpResponse();
        dispatcher.invoke(request, response);
        return response.getStatus() + " " + response.getContentAsString();
    }

    @Test
    void noBodyAndNoContentTypeMakesADefaultLink() throws Exception {
        assertEquals("200 no body", post("/invite", null, ""));
    }

    @Test
    void anEmptyOrBlankJsonBodyIsNoBody() throws Exception {
        assertEquals("200 no body", post("/invite", MediaType.APPLICATION_JSON, ""));
        assertEquals("200 no body", post("/invite", MediaType.APPLICATION_JSON, " \n "));
    }

    @Test
    void aJsonBodyIsReadWhateverItsContentTypeSays() throws Exception {
        assertEquals("200 ttlHours=24", post("/invite", MediaType.APPLICATION_JSON, "{\"ttlHours\":24}"));
        assertEquals("200 ttlHours=2", post("/invite", MediaType.TEXT_PLAIN, "{\"ttlHours\":2}"));
        assertEquals("200 ttlHours=2", post("/invite", null, "{\"ttlHours\":2}"));
    }

    @Test
    void aWrongBodyIsA400NamingTheField() throws Exception {
        assertEquals("400 {\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"ttlHours: must be a whole number\"}}",
                post("/invite", MediaType.TEXT_PLAIN, "{\"ttlHours\":\"a day\"}"));
        assertEquals("400 {\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"body: must be a JSON object, not array\"}}",
                post("/invite", MediaType.APPLICATION_JSON, "[]"));
    }

    @Test
    void otherRecordsKeepThePlatformsRules() throws Exception {
        assertEquals("200 userId=u2", post("/other", MediaType.APPLICATION_JSON, "{\"userId\":\"u2\"}"));
        assertEquals(415, Integer.parseInt(post("/other", MediaType.TEXT_PLAIN, "{\"userId\":\"u2\"}").substring(0, 3)));
    }
}
