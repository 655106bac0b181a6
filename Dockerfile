# Build: the same publish command as the README's "Publish" section.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the restore layer is reused until a project or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/OutsourcingAdvisor.Domain/OutsourcingAdvisor.Domain.csproj src/OutsourcingAdvisor.Domain/
COPY src/OutsourcingAdvisor.Web/OutsourcingAdvisor.Web.csproj src/OutsourcingAdvisor.Web/
RUN dotnet restore src/OutsourcingAdvisor.Web/OutsourcingAdvisor.Web.csproj
# Then the sources and the catalogue (seed-data/ is copied into the published output).
COPY src/ src/
COPY seed-data/ seed-data/
RUN dotnet publish src/OutsourcingAdvisor.Web -c Release --no-restore -o /app/publish

# Run: ASP.NET Core runtime only, as the image's own non-root user ($APP_UID), on port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app/publish .
# SQLite by default, on a volume owned by the base image's non-root user; for PostgreSQL set
# Database__Provider=PostgreSQL and ConnectionStrings__Advisor (see docker-compose.yml). `docker run IMAGE migrate`
# does the start-up database work once and exits. seed-data/ is inside the published output.
RUN mkdir -p /app/data && chown $APP_UID /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Advisor="Data Source=/app/data/advisor.db"
VOLUME /app/data
EXPOSE 8080
# >>> START-UP STEP (issue 11, scale-out): when the app gains its `migrate` command, run it once per release
# before the web instances start, e.g. `docker run --rm <image> migrate` (or an init container), and start the
# instances without migrating. Until then the app migrates at start, as below.
# <<<
ENTRYPOINT ["dotnet", "OutsourcingAdvisor.Web.dll"]
