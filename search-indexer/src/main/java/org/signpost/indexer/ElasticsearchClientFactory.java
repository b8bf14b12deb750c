package org.signpost.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/**
 * The Elasticsearch Java API client, configured from {@link ElasticsearchSettings}. Documents are
 * written and read with the application's one {@link ObjectMapper} (Micronaut's, configured by
 * {@code jackson.*}); {@link ServiceDocument} fixes its own JSON form (names, absent fields, ISO
 * dates) so no setting of that mapper can change what the index holds.
 */
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
    ElasticsearchClient elasticsearchClient(RestClient restClient, ObjectMapper mapper) {
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
