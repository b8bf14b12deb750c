package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/** The Elasticsearch Java API client, configured from {@link ElasticsearchSettings}. */
@Factory
class ElasticsearchClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    RestClient restClient(ElasticsearchSettings settings) {
        var builder = RestClient.builder(HttpHost.create(settings.url()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
                .setHttpClientConfigCallback(http -> http.setMaxConnTotal(64).setMaxConnPerRoute(64));
        Header auth = authorization(settings);
        if (auth != null) {
            builder.setDefaultHeaders(new Header[] {auth});
        }
        return builder.build();
    }

    @Singleton
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }

    private static Header authorization(ElasticsearchSettings settings) {
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            return new BasicHeader("Authorization", "ApiKey " + settings.apiKey());
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            String pair = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            return new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }
}
