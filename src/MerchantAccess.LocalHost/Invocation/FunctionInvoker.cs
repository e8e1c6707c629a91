using System.Globalization;
using System.Reflection;
using System.Text.Json;
using MerchantAccess.LocalHost.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantAccess.LocalHost.Invocation;

/// <summary>
/// Calls a function method as the isolated worker would: the class is built from the services of
/// a new scope, and each parameter is bound by type (trigger value, <see cref="FunctionContext"/>,
/// <see cref="CancellationToken"/>) or by name from the binding data.
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    private static readonly JsonSerializerOptions TriggerJson = new(JsonSerializerDefaults.Web);

    /// <summary>Checks at start-up that every parameter of <paramref name="function"/> can be bound.</summary>
    /// <exception cref="InvalidOperationException">A parameter has a type the local host cannot bind; the message names it.</exception>
    public static void EnsureBindable(FunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);

        var trigger = function.TriggerParameter.ParameterType;
        var supported = function.Trigger switch
        {
            TriggerKind.Http => trigger == typeof(HttpRequest),
            TriggerKind.Timer => trigger == typeof(TimerInfo),
            _ => true,
        };
        if (!supported)
        {
            throw new InvalidOperationException($"Function {function.Name}: the local host cannot bind a {function.Trigger} trigger to {trigger.Name}.");
        }

        if (function.Trigger == TriggerKind.Http && !typeof(Microsoft.AspNetCore.Mvc.IActionResult).IsAssignableFrom(UnwrapTask(function.Method.ReturnType)))
        {
            throw new InvalidOperationException($"Function {function.Name}: HTTP functions must return IActionResult or Task<IActionResult> to run in the local host.");
        }
    }

    /// <summary>Runs <paramref name="function"/> and returns what it returned, after awaiting a task.</summary>
    public async Task<object?> InvokeAsync(FunctionDescriptor function, InvocationInput input)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(input);

        await using var scope = scopes.CreateAsyncScope();
        var services = input.HttpContext?.RequestServices ?? scope.ServiceProvider;
        var context = new LocalFunctionContext(
            function.Name,
            $"{function.Method.DeclaringType!.FullName}.{function.Method.Name}",
            function.Method.DeclaringType.Assembly.Location,
            services,
            input.BindingData,
            input.CancellationToken);
        if (input.HttpContext is not null)
        {
            context.Items[LocalFunctionContext.HttpContextKey] = input.HttpContext;
        }

        var target = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.Method.DeclaringType);
        var arguments = function.Method.GetParameters().Select(parameter => Bind(function, parameter, input, context)).ToArray();

        object? returned;
        try
        {
            returned = function.Method.Invoke(target, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }

        return returned is Task task ? await AwaitResultAsync(task, function.Method.ReturnType) : returned;
    }

    private static object? Bind(FunctionDescriptor function, ParameterInfo parameter, InvocationInput input, FunctionContext context)
    {
        if (parameter == function.TriggerParameter)
        {
            return ConvertTrigger(input.TriggerValue, parameter.ParameterType);
        }

        if (parameter.ParameterType == typeof(FunctionContext))
        {
            return context;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return input.CancellationToken;
        }

        if (input.BindingData.TryGetValue(parameter.Name!, out var value))
        {
            return ConvertValue(value, parameter.ParameterType);
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        throw new InvalidOperationException($"Function {function.Name}: no value to bind to parameter '{parameter.Name}'.");
    }

    /// <summary>Converts a queue message text to the trigger parameter's type: text, bytes, or a JSON object.</summary>
    private static object? ConvertTrigger(object? value, Type type)
    {
        if (value is not string text || type == typeof(string))
        {
            return value;
        }

        if (type == typeof(BinaryData))
        {
            return BinaryData.FromString(text);
        }

        if (type == typeof(byte[]))
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        return JsonSerializer.Deserialize(text, type, TriggerJson);
    }

    private static object? ConvertValue(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Awaits a returned task and reads its result through the declared type, not the runtime one.</summary>
    private static async Task<object?> AwaitResultAsync(Task task, Type declaredType)
    {
        await task;
        return declaredType.IsGenericType && declaredType.GetGenericTypeDefinition() == typeof(Task<>)
            ? declaredType.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            : null;
    }

    private static Type UnwrapTask(Type type)
    {
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return typeof(void);
        }

        return type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;
    }
}
