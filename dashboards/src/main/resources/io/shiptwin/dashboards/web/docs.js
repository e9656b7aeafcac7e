// Swagger UI over /api/openapi.json. validatorUrl null: its default sends the document to an online
// validator, and this page must need no network beyond the dashboard.
window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout"
});
