using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;

namespace MerchantAccess.LocalHost.Invocation;

/// <summary>The <see cref="FunctionContext"/> of one invocation in the local host.</summary>
public sealed class LocalFunctionContext : FunctionContext
{
    /// <summary>
    /// Key under which the ASP.NET Core integration of the worker keeps the <c>HttpContext</c>,
    /// so that <c>FunctionContext.GetHttpContext()</c> works in both hosts.
    /// </summary>
    public const string HttpContextKey = "HttpRequestContext";

    private readonly CancellationToken _cancellationToken;

    public LocalFunctionContext(string functionName, string entryPoint, string assemblyPath, IServiceProvider services, IReadOnlyDictionary<string, object?> bindingData, CancellationToken cancellationToken)
    {
        FunctionDefinition = new Definition(functionName, entryPoint, assemblyPath);
        FunctionId = functionName;
        InstanceServices = services;
        BindingContext = new Bindings(bindingData);
        TraceContext = new Trace(Activity.Current?.Id ?? "", Activity.Current?.TraceStateString ?? "");
        _cancellationToken = cancellationToken;
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId { get; }

    public override TraceContext TraceContext { get; }

    public override BindingContext BindingContext { get; }

    public override RetryContext RetryContext { get; } = new Retry();

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new FeatureCollection();

    public override CancellationToken CancellationToken => _cancellationToken;

    private sealed class Definition(string name, string entryPoint, string assemblyPath) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => assemblyPath;

        public override string EntryPoint => entryPoint;

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }

    private sealed class Bindings(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }

    private sealed class Trace(string parent, string state) : TraceContext
    {
        public override string TraceParent => parent;

        public override string TraceState => state;
    }

    private sealed class Retry : RetryContext
    {
        public override int RetryCount => 0;

        public override int MaxRetryCount => 0;
    }

    private sealed class FeatureCollection : IInvocationFeatures
    {
        private readonly Dictionary<Type, object> _features = [];

        public T? Get<T>() => _features.TryGetValue(typeof(T), out var feature) ? (T)feature : default;

        public void Set<T>(T instance) => _features[typeof(T)] = instance!;

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
