using System.Text;
using System.Threading.Channels;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace OutsourcingAdvisor.Web.Configuration;

/// <summary>
/// The console sink: a request only queues its event; one background task formats whatever has queued into a
/// buffered writer on standard output and writes it with one flush, so under load many lines go out in one write
/// instead of one write and one wake-up per line (Serilog's console sink flushes after every event). Lines keep
/// their order. Disposing (when the host stops) writes what is still queued.
/// </summary>
public sealed class ConsoleLogWriter : ILogEventSink, IDisposable
{
    private readonly Channel<LogEvent> _queue = Channel.CreateUnbounded<LogEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ITextFormatter _formatter;
    private readonly TextWriter _output;
    private readonly Task _writer;

    public ConsoleLogWriter(ITextFormatter formatter, Stream? output = null)
    {
        _formatter = formatter;
        _output = new StreamWriter(output ?? Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        _writer = Task.Run(WriteAsync);
    }

    public void Emit(LogEvent logEvent) => _queue.Writer.TryWrite(logEvent);

    private async Task WriteAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var logEvent))
            {
                try { _formatter.Format(logEvent, _output); }
                catch (Exception ex) { Serilog.Debugging.SelfLog.WriteLine("Could not write a log event: {0}", ex); }
            }
            try { _output.Flush(); }
            catch (Exception ex) { Serilog.Debugging.SelfLog.WriteLine("Could not write to the console: {0}", ex); }
        }
    }

    public void Dispose()
    {
        // The writer drains the queue and flushes before it ends.
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
    }
}
