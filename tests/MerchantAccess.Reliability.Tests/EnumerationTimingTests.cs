using System.Diagnostics;
using MerchantAccess.LocalHost.Triggers;
using MerchantAccess.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace MerchantAccess.Reliability.Tests;

/// <summary>
/// A known login and an unknown one cannot be distinguished by the sign-in or forgotten-password
/// responses: same status, same body, and median times within 10 %. The samples are interleaved so
/// that load from other processes on the machine falls on both sides alike.
/// </summary>
public sealed class EnumerationTimingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double MaxMedianDifference = 0.10;
    private LocalHostInstance _host = null!;

    public async Task InitializeAsync() => _host = await ProofHosts.StartAsync(settings =>
    {
        // The limits are raised so that every sample runs the whole request, not the limited path.
        settings["MerchantAccess:SelfService:MaxPerLoginPerHour"] = "1000";
        settings["MerchantAccess:SelfService:MaxPerAddressPerMinute"] = "1000";
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sign_in_answers_known_and_unknown_logins_alike()
    {
        var known = Demo.ClerksOf(Demo.Surf)[1].Login;

        // After three samples the known account is password locked, and stays so: a wrong password
        // on a locked account must look like any other wrong password.
        var (knownTimes, unknownTimes, bodies) = await SampleAsync(80, login =>
            _host.Client.PostJsonAsync("/api/auth/login", new { login, password = "Wrong2026Password" }), known, "nobody.at.all");

        Assert.Single(bodies.Known.Distinct());
        Assert.Equal(bodies.Unknown, bodies.Known[0]);
        Assert.StartsWith("401 ", bodies.Unknown, StringComparison.Ordinal);
        AssertSameMedian(knownTimes, unknownTimes, "sign-in");
    }

    [Fact]
    public async Task Forgotten_password_answers_known_and_unknown_logins_alike()
    {
        var user = Demo.ClerksOf(Demo.Dupont)[1];

        // The request only queues a message, which the delivery function handles later and maybe
        // on another instance. Handling a matching request hashes a new temporary password and
        // sends an e-mail, which on this machine would slow down whichever request comes next, so
        // the queue listener is stopped and only the HTTP request path is measured.
        foreach (var listener in _host.Services.GetServices<IHostedService>().OfType<QueueTriggerListener>())
        {
            await listener.StopAsync(CancellationToken.None);
        }

        var (knownTimes, unknownTimes, bodies) = await SampleAsync(150, login =>
            _host.Client.PostJsonAsync("/api/auth/forgotten-password", new { login, email = login == user.Login ? user.Email : "nobody@example.com" }), user.Login, "nobody.at.all");

        Assert.Single(bodies.Known.Distinct());
        Assert.Equal(bodies.Unknown, bodies.Known[0]);
        Assert.StartsWith("202 ", bodies.Unknown, StringComparison.Ordinal);
        AssertSameMedian(knownTimes, unknownTimes, "forgotten password");
    }

    /// <summary>
    /// Warms up, then sends <paramref name="samples"/> requests for each login, alternating which
    /// goes first, and returns the times in milliseconds and the answers' status and body.
    /// </summary>
    private static async Task<(List<double> Known, List<double> Unknown, (List<string> Known, string Unknown) Bodies)> SampleAsync(
        int samples, Func<string, Task<ApiResponse>> send, string knownLogin, string unknownLogin)
    {
        for (var i = 0; i < 10; i++)
        {
            await send(knownLogin);
            await send(unknownLogin);
        }

        var known = new List<double>(samples);
        var unknown = new List<double>(samples);
        var knownBodies = new List<string>();
        string? unknownBody = null;
        for (var i = 0; i < samples; i++)
        {
            foreach (var isKnown in i % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var started = Stopwatch.GetTimestamp();
                var answer = await send(isKnown ? knownLogin : unknownLogin);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (isKnown)
                {
                    known.Add(elapsed);
                    knownBodies.Add($"{answer.Status} {answer.Text}");
                }
                else
                {
                    unknown.Add(elapsed);
                    unknownBody ??= $"{answer.Status} {answer.Text}";
                    Assert.Equal(unknownBody, $"{answer.Status} {answer.Text}");
                }
            }
        }

        return (known, unknown, (knownBodies, unknownBody!));
    }

    private void AssertSameMedian(List<double> known, List<double> unknown, string operation)
    {
        var knownMedian = Median(known);
        var unknownMedian = Median(unknown);
        var difference = Math.Abs(knownMedian - unknownMedian) / Math.Min(knownMedian, unknownMedian);
        output.WriteLine($"{operation}: median {knownMedian:F1} ms for a known login, {unknownMedian:F1} ms for an unknown one, {difference:P1} apart, over {known.Count} samples each.");

        Assert.True(
            difference < MaxMedianDifference,
            $"The {operation} median for a known login is {knownMedian:F1} ms and for an unknown one {unknownMedian:F1} ms: {difference:P1} apart.");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
