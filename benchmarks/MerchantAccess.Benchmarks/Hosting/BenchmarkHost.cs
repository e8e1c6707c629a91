using System.Net.Http.Json;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using MerchantAccess.Testing;
using MerchantAccess.Testing.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.Benchmarks.Hosting;

/// <summary>
/// A local host on Azurite whose table, queue and blob clients count their round trips, with its
/// own tables and queue that are deleted when it is disposed.
/// </summary>
/// <remarks>
/// The queue listener of the local host builds its own queue client, so its polls, receives and
/// deletes are not counted. The table and blob calls of the delivery function are counted.
/// </remarks>
public sealed class BenchmarkHost : IAsyncDisposable
{
    /// <summary>Request header naming the operation that a request's round trips count towards.</summary>
    public const string OperationHeader = "X-Benchmark-Operation";

    private BenchmarkHost(LocalHostInstance instance, StorageRoundTripCounter counter)
    {
        Instance = instance;
        Counter = counter;
    }

    public LocalHostInstance Instance { get; }

    public StorageRoundTripCounter Counter { get; }

    public HttpClient Client => Instance.Client;

    public static async Task<BenchmarkHost> StartAsync(Action<Dictionary<string, string?>>? adjust = null)
    {
        var counter = new StorageRoundTripCounter();
        var instance = await LocalHostInstance.StartAsync(adjust, services =>
        {
            services.AddSingleton(_ => new TableServiceClient(Azurite.ConnectionString, Counted(new TableClientOptions(), counter, "table")));
            services.AddSingleton(_ => new QueueServiceClient(Azurite.ConnectionString, Counted(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, counter, "queue")));
            services.AddSingleton(_ => new BlobServiceClient(Azurite.ConnectionString, Counted(new BlobClientOptions(), counter, "blob")));
            services.AddSingleton<IStartupFilter>(new OperationScopeFilter(counter));
        });
        return new BenchmarkHost(instance, counter);
    }

    /// <summary>Sends a JSON request whose storage round trips count towards <paramref name="operation"/>.</summary>
    public async Task<ApiResponse> SendAsync(string operation, HttpMethod method, string path, object? body = null, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(OperationHeader, operation);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await ApiClient.SendAsync(Client, request, accessToken, language: null);
    }

    public async ValueTask DisposeAsync()
    {
        await BulkAccounts.DeleteStorageAsync(Instance);
        await Instance.DisposeAsync();
    }

    private static T Counted<T>(T options, StorageRoundTripCounter counter, string service)
        where T : ClientOptions
    {
        options.AddPolicy(counter.PolicyFor(service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
