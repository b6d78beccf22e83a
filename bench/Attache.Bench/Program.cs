using BenchmarkDotNet.Running;

namespace Attache.Bench;

public static class BenchProgram
{
    // dotnet run -c Release --project bench/Attache.Bench -- --filter '*'
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}
