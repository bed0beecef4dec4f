import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The floor is built by the same rules as the console (see the root vite.config.ts): same
// plugin, same target, no tuning of its own.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
})
