using Microsoft.Extensions.Configuration;

namespace MerchantAccess.Functions.Tests;

public sealed class HostJsonSettingsTests
{
    [Fact]
    public void Repository_host_json_is_read()
    {
        var settings = HostJsonSettings.Load(AppContext.BaseDirectory);

        Assert.Equal("api", settings.RoutePrefix);
        Assert.Equal(5, settings.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.MaxPollingInterval);
    }

    [Fact]
    public void App_settings_override_the_file()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
        }).Build();

        var settings = HostJsonSettings.Load(AppContext.BaseDirectory, configuration);

        Assert.Equal(2, settings.MaxDequeueCount);
    }

    [Fact]
    public void Missing_file_gives_host_defaults()
    {
        var settings = HostJsonSettings.Load(Path.GetTempPath() + Guid.NewGuid());

        Assert.Equal(("api", 5, TimeSpan.Zero, TimeSpan.FromMinutes(1), 16), (settings.RoutePrefix, settings.MaxDequeueCount, settings.VisibilityTimeout, settings.MaxPollingInterval, settings.BatchSize));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("{\"extensions\":{\"queues\":{\"maxDequeueCount\":\"many\"}}}", "maxDequeueCount")]
    [InlineData("{\"extensions\":{\"queues\":{\"visibilityTimeout\":\"soon\"}}}", "visibilityTimeout")]
    public void Invalid_file_is_reported_with_the_setting(string content, string expected)
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "host.json"), content);

        var error = Assert.Throws<InvalidDataException>(() => HostJsonSettings.Load(folder));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
