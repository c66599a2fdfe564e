import { defineConfig } from 'vite';

// Root is client/ (`vite build client`); the API is served by `evigraph serve` on port 3000.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The renderer and graph library change far less often than the explorer itself:
        // keeping them in their own chunk lets browsers cache them across releases.
        codeSplitting: {
          groups: [
            {
              name: 'graph-vendor',
              test: /node_modules[\\/](sigma|@sigma[\\/][^\\/]+|graphology[^\\/]*|events)[\\/]/,
            },
            // cytoscape draws the small views only (schema): its own chunk, off the main path.
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
