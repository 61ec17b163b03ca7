# One image for the API, the worker and the back office (docker-compose.yml picks the command).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PRISMA_HIDE_UPDATE_MESSAGE=1
# The CJK font embedded in every PDF comes with the npm packages (@expo-google-fonts/noto-sans-sc).
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN npm run build
EXPOSE 3000 5173
CMD ["node", "dist/apps/api/src/main.js"]
