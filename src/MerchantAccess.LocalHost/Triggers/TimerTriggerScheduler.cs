using MerchantAccess.LocalHost.Catalog;
using MerchantAccess.LocalHost.Invocation;
using Microsoft.Azure.Functions.Worker;
using NCrontab;

namespace MerchantAccess.LocalHost.Triggers;

/// <summary>
/// Runs one timer-triggered function on its six-field NCRONTAB schedule (seconds first, in UTC),
/// and on demand. Runs never overlap: an on-demand run waits for a scheduled one to finish.
/// </summary>
public sealed partial class TimerTriggerScheduler : BackgroundService
{
    private readonly FunctionDescriptor _function;
    private readonly FunctionInvoker _invoker;
    private readonly TimeProvider _time;
    private readonly ILogger<TimerTriggerScheduler> _logger;
    private readonly SemaphoreSlim _running = new(1, 1);
    private DateTime _lastRun;

    public TimerTriggerScheduler(FunctionDescriptor function, FunctionInvoker invoker, IConfiguration configuration, TimeProvider time, ILogger<TimerTriggerScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(function);

        _function = function;
        _invoker = invoker;
        _time = time;
        _logger = logger;
        Expression = SettingExpressions.Resolve(function.Schedule!, configuration);
        Schedule = Parse(function.Name, Expression);
    }

    public string FunctionName => _function.Name;

    /// <summary>The schedule after <c>%setting%</c> expressions are resolved.</summary>
    public string Expression { get; }

    public CrontabSchedule Schedule { get; }

    /// <summary>Parses a six-field NCRONTAB expression.</summary>
    /// <exception cref="InvalidOperationException">The expression is not a valid six-field schedule; the message names the function.</exception>
    public static CrontabSchedule Parse(string functionName, string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var schedule = fields.Length == 6 ? CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) : null;
        return schedule ?? throw new InvalidOperationException(
            $"Function {functionName}: '{expression}' is not a six-field NCRONTAB schedule (second minute hour day month day-of-week).");
    }

    /// <summary>
    /// Runs the function now, as the host's admin endpoint does, and waits for it to finish.
    /// Returns <c>false</c> when the function threw; the error is logged.
    /// </summary>
    public Task<bool> RunNowAsync(CancellationToken cancellationToken) => RunAsync(isPastDue: false, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogScheduled(_logger, _function.Name, Expression);
        if (_function.RunOnStartup)
        {
            await RunAsync(isPastDue: false, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = Schedule.GetNextOccurrence(_time.GetUtcNow().UtcDateTime);
            await WaitUntilAsync(next, stoppingToken);
            if (!stoppingToken.IsCancellationRequested)
            {
                await RunAsync(isPastDue: _time.GetUtcNow().UtcDateTime - next > TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>
    /// Waits until <paramref name="instant"/> in steps of at most a day: <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/>
    /// rejects delays longer than about 49 days, which a monthly or yearly schedule needs.
    /// </summary>
    private async Task WaitUntilAsync(DateTime instant, CancellationToken stoppingToken)
    {
        var remaining = instant - _time.GetUtcNow().UtcDateTime;
        while (remaining > TimeSpan.Zero && !stoppingToken.IsCancellationRequested)
        {
            var step = remaining < MaxWaitStep ? remaining : MaxWaitStep;
            await Task.Delay(step, _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            remaining = instant - _time.GetUtcNow().UtcDateTime;
        }
    }

    private static readonly TimeSpan MaxWaitStep = TimeSpan.FromDays(1);

    private async Task<bool> RunAsync(bool isPastDue, CancellationToken cancellationToken)
    {
        try
        {
            await _running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            var now = _time.GetUtcNow().UtcDateTime;
            var timer = new TimerInfo
            {
                IsPastDue = isPastDue,
                ScheduleStatus = new ScheduleStatus { Last = _lastRun, Next = Schedule.GetNextOccurrence(now), LastUpdated = now },
            };
            await _invoker.InvokeAsync(_function, new InvocationInput { TriggerValue = timer, CancellationToken = cancellationToken });
            _lastRun = now;
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed run must not stop the schedule; the next occurrence runs as planned.
            LogRunFailed(_logger, exception, _function.Name);
            return false;
        }
        finally
        {
            _running.Release();
        }
    }

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Function {FunctionName} scheduled on {Schedule}")]
    private static partial void LogScheduled(ILogger logger, string functionName, string schedule);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Error, Message = "Timer function {FunctionName} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string functionName);
}
