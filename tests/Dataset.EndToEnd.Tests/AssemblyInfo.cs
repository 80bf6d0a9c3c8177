using Dataset.EndToEnd.Tests.Infrastructure;

// Every test shares one packed Dataset package, and each runs real `dotnet build`s: run them one at a time so two
// builds never compete for this machine's cores (or for the shared NuGet cache of the fixture).
[assembly: AssemblyFixture(typeof(PackageFixture))]
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
