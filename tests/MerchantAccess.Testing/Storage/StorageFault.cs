namespace MerchantAccess.Testing.Storage;

/// <summary>A fault that <see cref="StorageFaultPolicy"/> injects into one storage request.</summary>
public enum StorageFault
{
    /// <summary>The request is not sent and the client receives 503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>The connection drops before the request is sent: an <see cref="IOException"/>.</summary>
    DroppedRequest,

    /// <summary>The request is sent and applied, then the connection drops before the response arrives.</summary>
    LostResponse,

    /// <summary>The request is sent and applied, then no response arrives before the client's network timeout.</summary>
    TimeoutAfterSend,
}
